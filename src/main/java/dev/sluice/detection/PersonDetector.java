package dev.sluice.detection;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds people's names by their context, never by a capitalised word alone. A name counts after a greeting, a
 * title, a self-introduction, "ask for" or "contact", below a sign-off, or as a chat speaker label. It also counts
 * before or after the honorifics and introductions of Japanese, Chinese and Korean. After weak context words the first word must be
 * a known first name ({@link NameDictionary}); words such as "May" or "Will" need strong context
 * ({@link NameWords}). Names from {@link DetectionSettings#personNames()} are found anywhere as whole words.
 *
 * <p>Work is done only next to a trigger word and at line starts, each read bounded in length, so the scan is
 * linear in the text length whatever the text holds.
 */
final class PersonDetector implements Detector {

    private static final double CONFIGURED_SCORE = 0.95;
    private static final double STRONG_SCORE = 0.85;
    private static final double KNOWN_NAME_SCORE = 0.7;

    private final DictionaryMatcher configuredNames;
    private final boolean hasConfiguredNames;
    private final NameDictionary names = NameDictionary.shared();

    PersonDetector(List<String> personNames) {
        this.configuredNames = new DictionaryMatcher(personNames, false);
        this.hasConfiguredNames = !personNames.isEmpty();
    }

    @Override
    public String id() {
        return "person";
    }

    @Override
    public void detect(String text, List<Finding> output) {
        detect(text, PersonTriggers.find(text), output);
    }

    /** Takes the context words from the context's trigger words instead of a search of the whole text. */
    @Override
    public void detect(ScanContext context, List<Finding> output) {
        detect(context.text(), PersonTriggers.find(context), output);
    }

    private void detect(String text, List<PersonTriggers.Hit> hits, List<Finding> output) {
        List<Finding> findings = new ArrayList<>();
        if (hasConfiguredNames) {
            for (int[] span : configuredNames.findWholeWords(text)) {
                add(findings, span[0], span[1], CONFIGURED_SCORE, null);
            }
        }

        for (PersonTriggers.Hit hit : hits) {
            switch (hit.kind()) {
                case HONORIFIC -> addSpan(findings, CjkNames.before(text, hit.start(), names), text, hit);
                case CJK_INTRODUCTION -> addSpan(findings, CjkNames.after(text, hit.end(), names), text, hit);
                default -> addLatin(findings, text, hit);
            }
        }

        List<int[]> strong = new ArrayList<>();
        List<int[]> known = new ArrayList<>();
        SpeakerLabels.find(text, names, strong, known);
        strong.forEach(span -> add(findings, span[0], span[1], STRONG_SCORE, null));
        known.forEach(span -> add(findings, span[0], span[1], KNOWN_NAME_SCORE, null));
        addOncePerSpan(findings, output);
    }

    /** Adds the first finding of each span, because "Best regards," also contains the trigger "regards,". */
    private static void addOncePerSpan(List<Finding> findings, List<Finding> output) {
        if (findings.isEmpty()) {
            return;
        }
        Set<Long> spans = new HashSet<>();
        for (Finding finding : findings) {
            if (spans.add(((long) finding.start() << Integer.SIZE) | finding.end())) {
                output.add(finding);
            }
        }
    }

    private void addLatin(List<Finding> findings, String text, PersonTriggers.Hit hit) {
        int start = nameStart(text, hit);
        if (start < 0) {
            return;
        }
        LatinNames.Name name = LatinNames.read(text, start);
        if (name == null) {
            return;
        }
        boolean onOwnLine = text.substring(hit.end(), start).indexOf('\n') >= 0 && endsLine(text, name.end());
        boolean known = names.isFirstName(name.first());
        boolean surnameFollows = name.second() != null && names.isLastName(name.second());
        boolean unlistedFirstName = !known && surnameFollows && !NameWords.isAmbiguous(name.first());
        boolean plain = (known && (!NameWords.isAmbiguous(name.first()) || surnameFollows)) || unlistedFirstName;
        boolean accepted = switch (hit.kind()) {
            case INTRODUCTION, TITLE -> true;
            case WEAK_TITLE -> plain || (names.isLastName(name.first()) && !NameWords.isAmbiguous(name.first()));
            case WEAK_INTRODUCTION, REFERENCE -> plain;
            case GREETING -> plain || (known && endsClause(text, name.end()));
            case SIGNATURE -> onOwnLine || plain;
            default -> false;
        };
        if (accepted) {
            double score = plain || hit.kind() == PersonTriggers.Kind.TITLE ? STRONG_SCORE : KNOWN_NAME_SCORE;
            add(findings, name.start(), name.end(), score, contextWord(text, hit));
        }
    }

    /**
     * Returns where the name after a trigger starts: after spaces and an optional '.' of a title, and for a sign-off
     * also after one line break. Returns -1 when something else follows.
     */
    private static int nameStart(String text, PersonTriggers.Hit hit) {
        int i = hit.end();
        boolean title = hit.kind() == PersonTriggers.Kind.TITLE;
        if (title && i < text.length() && text.charAt(i) == '.') {
            i++;
        }
        if (hit.kind() == PersonTriggers.Kind.GREETING && i < text.length() && text.charAt(i) == ',') {
            i++;
        }
        int spaces = 0;
        boolean lineBreak = false;
        while (i < text.length() && spaces < LatinNames.MAX_TOKEN_CHARS) {
            char c = text.charAt(i);
            if (c == '\n' && hit.kind() == PersonTriggers.Kind.SIGNATURE && !lineBreak) {
                lineBreak = true;
            } else if (c != ' ' && c != '\u00A0' && c != '\r' && c != '\t') {
                break;
            }
            i++;
            spaces++;
        }
        boolean separated = i > hit.end() || title;
        return separated && i < text.length() ? i : -1;
    }

    private static boolean endsLine(String text, int end) {
        return end >= text.length() || text.charAt(end) == '\n' || text.charAt(end) == '\r'
                || text.charAt(end) == ',';
    }

    private static boolean endsClause(String text, int end) {
        if (end >= text.length()) {
            return true;
        }
        char c = text.charAt(end);
        return c == ',' || c == '!' || c == '\n' || c == '\r' || c == ':';
    }

    private void addSpan(List<Finding> findings, int[] span, String text, PersonTriggers.Hit hit) {
        if (span != null) {
            add(findings, span[0], span[1], STRONG_SCORE, contextWord(text, hit));
        }
    }

    /** Returns the trigger as written in the text, which a finding keeps as its context word. */
    private static String contextWord(String text, PersonTriggers.Hit hit) {
        return text.substring(hit.start(), hit.end());
    }

    private void add(List<Finding> findings, int start, int end, double score, String word) {
        findings.add(new Finding(start, end, EntityTypes.PERSON, FindingCategory.PERSONAL_DATA, id(), score, null,
                word));
    }
}
