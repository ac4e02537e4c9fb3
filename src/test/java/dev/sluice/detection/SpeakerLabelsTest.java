package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Compares {@link SpeakerLabels#find}, which examines only the lines that pass {@link SpeakerLabels#mayStartLabel},
 * with examining every line start.
 */
class SpeakerLabelsTest {

    private static final NameDictionary NAMES = NameDictionary.shared();

    /** Pieces of chat transcripts and prose: labels, names, roles, colons elsewhere and line breaks. */
    private static final String[] ATOMS = {
        "Alice", "Maria", "Jane Doe", "Customer", "Agent", " (", ")", ":", ": ", "\n", "\r\n", " ", "  ", "\t",
        "hi", "Note", "van der Berg", "F.", "Ana-Lu\u00EDsa", "L\u00E9a", "\u00A0", "Support (Bob Smith): ",
        "Maria: ", "\nJohn: ", "time 10:30", "May", "The", "\u6771\u4EAC", "\uD83D\uDE00", "x", "-", ".",
        // Chars at the edge of what a label may contain: capitals that are no letters, supplementary letters,
        // marks, apostrophes, digits and punctuation, a lone surrogate and more spaces than a label may start with.
        "\u24B6nna", "\u216Bx", "\uD835\uDC00lice", "Ren\u0301e", "O\u2019Brien", "d'Arc", "\u01C5x", "\u0130lkay",
        "\u0915\u093E", "\u00DF", "\uD835", "\uDC00", "7", ",", ";", "!", "\"", "_", "@", "\r", " ".repeat(81),
        // Names with the most spaces a label may contain, and one word more.
        "Ana van der Maria de la Berg da do Silva", "Role (Ana van der Maria de la Berg da do Silva): ",
        "Ana van der Maria de la Berg da do Silva Costa: ",
    };

    @Test
    void findsWhatEveryLineStartGives() {
        Random random = new Random(0x5_1ce_5eaL);
        int found = 0;
        for (int n = 0; n < 20_000; n++) {
            String text = RandomAtoms.join(random, ATOMS, 16);
            List<int[]> strong = new ArrayList<>();
            List<int[]> known = new ArrayList<>();
            SpeakerLabels.find(text, NAMES, strong, known);

            List<int[]> expectedStrong = new ArrayList<>();
            List<int[]> expectedKnown = new ArrayList<>();
            examineEveryLine(text, expectedStrong, expectedKnown);

            assertThat(strong).as("names in parentheses in \"%s\"", text).containsExactlyElementsOf(expectedStrong);
            assertThat(known).as("names before a colon in \"%s\"", text).containsExactlyElementsOf(expectedKnown);
            found += strong.size() + known.size();
        }
        assertThat(found).as("speaker names found").isGreaterThan(1000);
    }

    @Test
    void findsLabelsOnLaterLines() {
        String text = "Transcript 10:30\nnothing here\nMaria: hi\nCustomer (Jane Doe): hello";
        List<int[]> strong = new ArrayList<>();
        List<int[]> known = new ArrayList<>();
        SpeakerLabels.find(text, NAMES, strong, known);

        assertThat(known).hasSize(1);
        assertThat(text.substring(known.get(0)[0], known.get(0)[1])).isEqualTo("Maria");
        assertThat(strong).hasSize(1);
        assertThat(text.substring(strong.get(0)[0], strong.get(0)[1])).isEqualTo("Jane Doe");
    }

    @Test
    void findsLabelWithMostSpaces() {
        String text = "intro\nRole (Ana van der Maria de la Berg da do Silva): hello";
        List<int[]> strong = new ArrayList<>();
        List<int[]> known = new ArrayList<>();
        SpeakerLabels.find(text, NAMES, strong, known);

        assertThat(strong).hasSize(1);
        assertThat(text.substring(strong.get(0)[0], strong.get(0)[1]))
                .isEqualTo("Ana van der Maria de la Berg da do Silva");
    }

    private static void examineEveryLine(String text, List<int[]> strong, List<int[]> known) {
        int lineStart = 0;
        while (lineStart < text.length()) {
            SpeakerLabels.examineLine(text, lineStart, NAMES, strong, known);
            int newline = text.indexOf('\n', lineStart);
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
    }
}
