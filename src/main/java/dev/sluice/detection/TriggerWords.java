package dev.sluice.detection;

import dev.sluice.detection.TriggerWord.CaseRule;
import java.util.ArrayList;
import java.util.List;

/**
 * The literals that {@link ScanContext} finds in its one pass, and the filter on their first two chars that
 * keeps the pass cheap.
 *
 * <p>The pass looks up the case keys ({@link TriggerWord#caseKey}) of every two adjacent chars in a 65,536-bit
 * table, 8 KB that stays in the L1 cache, and compares words only where the pair starts one. That is one shift,
 * one xor and one table read per char. An Aho-Corasick automaton (org.ahocorasick 0.6.3, which the dictionary
 * detectors use) follows a map-based goto function per char and boxes chars, and two of them over the same
 * text cost more than the whole pass. Word starts alone would not do: "sasl_password" and "dbpassword" contain
 * credential words that start inside an identifier.
 */
final class TriggerWords {

    private static final int PAIR_BITS = 16;
    private static final int PAIR_MASK = (1 << PAIR_BITS) - 1;
    private static final int CHAR_SHIFT = 7;

    private static final List<TriggerWord> ALL = new ArrayList<>();

    // Credential words of PasswordDetector: every alternative of its key pattern starts with one of these.
    static final List<TriggerWord> PASSWORD_KEYS = words(CaseRule.LOWER_CASE,
            "pass", "pwd", "secret", "token", "api", "access", "private", "client", "credential");

    // The word for password in the languages of PasswordDetector's prose pattern.
    static final List<TriggerWord> PASSWORD_PROSE = words(CaseRule.LOWER_CASE,
            "password", "passwort", "kennwort", "mot de passe", "contraseña", "clave", "senha", "パスワード",
            "पासवर्ड");

    static final TriggerWord URL_SCHEME_END = word("://", CaseRule.EXACT);

    static final List<TriggerWord> AWS_KEY_PREFIXES = words(CaseRule.EXACT, "AKIA", "ASIA", "ABIA", "ACCA");
    static final TriggerWord SECRET_ANY_CASE = word("secret", CaseRule.REGION_IGNORE_CASE);

    static final TriggerWord BEARER = word("bearer", CaseRule.REGION_IGNORE_CASE);
    static final TriggerWord BASIC = word("basic", CaseRule.REGION_IGNORE_CASE);
    static final TriggerWord ACCOUNT_KEY = word("accountkey", CaseRule.REGION_IGNORE_CASE);

    static final TriggerWord JWT_HEADER = word("eyJ", CaseRule.EXACT);
    static final TriggerWord PRIVATE_KEY_BEGIN = word("-----BEGIN", CaseRule.EXACT);
    static final TriggerWord GOOGLE_KEY_PREFIX = word("AIza", CaseRule.EXACT);
    static final TriggerWord SK_DASH = word("sk-", CaseRule.EXACT);
    static final List<TriggerWord> GITHUB_PREFIXES = words(CaseRule.EXACT,
            "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_");
    // GitLabTokenDetector's prefixes: "gl", one of its type names, then '-'.
    static final List<TriggerWord> GITLAB_PREFIXES = words(CaseRule.EXACT, "glpat-", "gldt-", "glrt-", "glptt-",
            "glft-", "gloas-", "glsoat-", "glcbt-", "glimt-", "glagent-", "glffct-");
    static final List<TriggerWord> SLACK_PREFIXES = words(CaseRule.EXACT, "xox", "xapp-", "hooks.slack.com");
    static final List<TriggerWord> STRIPE_PREFIXES = words(CaseRule.EXACT, "k_live_", "k_test_", "whsec_");
    static final List<TriggerWord> AZURE_MARKERS = words(CaseRule.EXACT, "sig=", "==");
    static final List<TriggerWord> CRYPTO_PREFIXES = words(CaseRule.EXACT, "bc1", "BC1", "0x");

    static final List<TriggerWord> CONFIDENTIALITY_LABELS = labels();

    private static final long[] PAIR_FILTER = new long[(1 << PAIR_BITS) / Long.SIZE];
    private static final TriggerWord[][] WORDS_BY_PAIR = new TriggerWord[1 << PAIR_BITS][];

    static {
        for (TriggerWord word : ALL) {
            int pair = pair(word.lowerCaseAt(0), word.lowerCaseAt(1));
            PAIR_FILTER[pair >>> 6] |= 1L << pair;
            TriggerWord[] previous = WORDS_BY_PAIR[pair];
            TriggerWord[] extended = previous == null ? new TriggerWord[1]
                    : java.util.Arrays.copyOf(previous, previous.length + 1);
            extended[extended.length - 1] = word;
            WORDS_BY_PAIR[pair] = extended;
        }
    }

    private TriggerWords() {
    }

    /** Number of registered words; ids run from 0 to this value minus one. */
    static int count() {
        return ALL.size();
    }

    /** Returns the registered words in id order. */
    static List<TriggerWord> all() {
        return List.copyOf(ALL);
    }

    /**
     * Returns the filter key of two adjacent chars, given as case keys. Every word's first two chars map to a
     * key with its bit set, so a clear bit proves that no word starts at the first char.
     */
    static int pair(char firstKey, char secondKey) {
        return ((firstKey << CHAR_SHIFT) ^ secondKey) & PAIR_MASK;
    }

    /** Returns whether some word may start with two chars whose filter key is {@code pair}. */
    static boolean mayStart(int pair) {
        return (PAIR_FILTER[pair >>> 6] & (1L << pair)) != 0;
    }

    /** Returns the words whose first two chars have the filter key {@code pair}, or null if none. */
    static TriggerWord[] wordsStartingWith(int pair) {
        return WORDS_BY_PAIR[pair];
    }

    private static TriggerWord word(String literal, CaseRule caseRule) {
        TriggerWord word = new TriggerWord(ALL.size(), literal, caseRule);
        ALL.add(word);
        return word;
    }

    private static List<TriggerWord> words(CaseRule caseRule, String... literals) {
        List<TriggerWord> words = new ArrayList<>();
        for (String literal : literals) {
            words.add(word(literal, caseRule));
        }
        return List.copyOf(words);
    }

    private static List<TriggerWord> labels() {
        List<TriggerWord> words = new ArrayList<>();
        for (String label : ConfidentialityLabelDetector.BUILT_IN_LABELS) {
            words.add(word(label, CaseRule.EXACT));
        }
        for (String label : ConfidentialityLabelDetector.MARKING_ONLY_LABELS) {
            words.add(word(label, CaseRule.EXACT));
        }
        return List.copyOf(words);
    }
}
