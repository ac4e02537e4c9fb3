package dev.sluice.detection;

import dev.sluice.detection.TriggerWord.CaseRule;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The literals that {@link ScanContext} finds in its one pass, and the filters on their first chars that keep
 * the pass cheap.
 *
 * <p>At every start the pass reads one 64-bit entry of a 16 KB start filter, picked by the first two chars,
 * and tests the bit of the third. Only where the bit is set does it look up the words: those of two chars
 * ("==", "0x", "機密") in a 65,536-bit table keyed by the case keys ({@link TriggerWord#caseKey}) of two chars,
 * and the longer ones in a table keyed by three. On the dense benchmark corpus, a filter on two chars let one
 * char in eight through ("re", "in", "co" start labels and credential words), and three chars let one in forty
 * through.
 *
 * <p>The start filter contains the chars themselves, not their case keys: each char of a word that ignores case
 * is entered with every char that has its case key. So the lower-case "con" of prose no longer passes for the
 * label "CONFIDENTIAL", which only matches in capitals. A start inside a word (after an ASCII letter, digit or
 * '_') is tested once more, against a second filter without the words that count only as whole words, so the
 * "mme" of "comment" is not taken for the title "Mme". The two tests halved the starts on both benchmark
 * corpora, and the pass took about 7% less time.
 *
 * <p>This hand-written filter replaces Aho-Corasick automata (org.ahocorasick 0.6.3, which the dictionary
 * detectors still use). Those follow a map-based goto function and box every char, and the password
 * detector's two automata alone took several times as long as this whole pass on the benchmark corpora (see
 * docs/benchmarks.md). Word starts alone would not do: "sasl_password" and "dbpassword" contain credential
 * words that start inside an identifier.
 */
final class TriggerWords {

    private static final int FILTER_BITS = 16;
    private static final int FILTER_MASK = (1 << FILTER_BITS) - 1;
    private static final int CHAR_SHIFT = 7;
    // Shifts that keep the five low bits of each of three ASCII letters apart in a 16-bit key.
    private static final int FIRST_SHIFT = 10;
    private static final int SECOND_SHIFT = 5;

    private static final List<TriggerWord> ALL = new ArrayList<>();

    // Credential words of PasswordDetector: every alternative of its key pattern starts with one of these.
    static final TriggerWordList PASSWORD_KEYS = words(CaseRule.LOWER_CASE,
            "pass", "pwd", "secret", "token", "api", "access", "private", "client", "credential");

    // The word for password in the languages of PasswordDetector's prose pattern.
    static final TriggerWordList PASSWORD_PROSE = words(CaseRule.LOWER_CASE,
            "password", "passwort", "kennwort", "mot de passe", "contraseña", "clave", "senha", "パスワード",
            "पासवर्ड");

    static final TriggerWord URL_SCHEME_END = word("://", CaseRule.EXACT);

    static final TriggerWordList AWS_KEY_PREFIXES = words(CaseRule.EXACT, "AKIA", "ASIA", "ABIA", "ACCA");
    static final TriggerWord SECRET_ANY_CASE = word("secret", CaseRule.REGION_IGNORE_CASE);

    // GenericSecretDetector's credential words, compared as it compares them.
    static final TriggerWordList GENERIC_SECRET_WORDS = words(CaseRule.REGION_IGNORE_CASE,
            GenericSecretDetector.CREDENTIAL_WORDS);

    // The prefixes of the PrefixedTokenDetector subclasses. A prefix missing here leaves its detector on the
    // plain indexOf path, which ScanContextDifferentialTest reports.
    static final TriggerWordList VENDOR_TOKEN_PREFIXES = words(CaseRule.EXACT, "dapi", "dop_v1_", "doo_v1_",
            "dor_v1_", "dckr_pat_", "dckr_oat_", "hf_", "npm_", "PMAK-", "pypi-AgEIcHlwaS5vcmc", "SG.", "shpat_",
            "shpca_", "shppa_", "shpss_", "SK", "hvs.", "hvb.", "hvr.", "https://discord.com/api/",
            "https://discordapp.com/api/", "https://ptb.discord.com/api/", "https://canary.discord.com/api/");

    // TwilioKeyDetector's context word, which it compares as String.regionMatches with ignoreCase does.
    static final TriggerWord TWILIO_ANY_CASE = word("twilio", CaseRule.REGION_IGNORE_CASE);

    static final TriggerWord BEARER = word("bearer", CaseRule.REGION_IGNORE_CASE);
    static final TriggerWord BASIC = word("basic", CaseRule.REGION_IGNORE_CASE);
    static final TriggerWord ACCOUNT_KEY = word("accountkey", CaseRule.REGION_IGNORE_CASE);

    static final TriggerWord JWT_HEADER = word("eyJ", CaseRule.EXACT);
    static final TriggerWord PRIVATE_KEY_BEGIN = word("-----BEGIN", CaseRule.EXACT);
    static final TriggerWord GOOGLE_KEY_PREFIX = word("AIza", CaseRule.EXACT);
    static final TriggerWord SK_DASH = word("sk-", CaseRule.EXACT);
    static final TriggerWordList GITHUB_PREFIXES = words(CaseRule.EXACT,
            "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_");
    // GitLabTokenDetector's prefixes: "gl", one of its type names, then '-'.
    static final TriggerWordList GITLAB_PREFIXES = words(CaseRule.EXACT, "glpat-", "gldt-", "glrt-", "glptt-",
            "glft-", "gloas-", "glsoat-", "glcbt-", "glimt-", "glagent-", "glffct-");
    static final TriggerWordList SLACK_PREFIXES = words(CaseRule.EXACT, "xox", "xapp-", "hooks.slack.com");
    static final TriggerWordList STRIPE_PREFIXES = words(CaseRule.EXACT, "k_live_", "k_test_", "whsec_");
    static final TriggerWordList AZURE_MARKERS = words(CaseRule.EXACT, "sig=", "==");
    static final TriggerWordList CRYPTO_PREFIXES = words(CaseRule.EXACT, "bc1", "BC1", "0x");

    static final TriggerWordList CONFIDENTIALITY_LABELS = labels();

    // PersonTriggers' phrases of two chars or more, matched as its case-insensitive Aho-Corasick trie matches,
    // without the occurrences inside a word, which it drops.
    static final TriggerWordList PERSON_PHRASES = words(CaseRule.LOWER_CASE, PersonTriggers.searchedPhrases(),
            PersonTriggers::countsOnlyAsWholeWord);

    // DateOfBirthDetector's keywords, matched as its case-insensitive Aho-Corasick trie matches, without the
    // occurrences inside a word, which it drops.
    static final TriggerWordList BIRTH_KEYWORDS = words(CaseRule.LOWER_CASE, DateOfBirthDetector.keywordList(),
            DateOfBirthDetector::countsOnlyAsWholeWord);

    private static final TriggerFilter PAIRS = filter(false);
    private static final TriggerFilter TRIPLES = filter(true);

    // The filters the pass reads at every start have one 64-bit entry per slot of the first two chars. A longer
    // word sets the bit of its third char (the char's low six bits), and a two-char word sets every bit. Each
    // filter takes 16 KB, so one read per char rules out most starts. The second filter leaves out the words
    // that count only as whole words, and is read only for starts inside a word.
    private static final int START_SLOT_MASK = (1 << 11) - 1;
    private static final int START_FIRST_SHIFT = 6;
    private static final long[] START_FILTER = startFilter(false);
    private static final long[] INSIDE_WORD_FILTER = startFilter(true);

    private static long[] startFilter(boolean insideWord) {
        CaseVariants variants = new CaseVariants();
        long[] filter = new long[START_SLOT_MASK + 1];
        for (TriggerWord word : ALL) {
            if (insideWord && word.boundedStart()) {
                continue;
            }
            long thirdChars = word.length() == 2 ? -1L : 0;
            if (word.length() > 2) {
                for (char third : variants.of(word, 2)) {
                    thirdChars |= 1L << third;
                }
            }
            for (char first : variants.of(word, 0)) {
                for (char second : variants.of(word, 1)) {
                    filter[startSlot(first, second)] |= thirdChars;
                }
            }
        }
        return filter;
    }

    /** Returns the slot of the start filters for two chars. */
    private static int startSlot(int first, int second) {
        return ((first << START_FIRST_SHIFT) ^ second) & START_SLOT_MASK;
    }

    /**
     * Returns whether a word of two chars, or a longer word, may start with the chars {@code first},
     * {@code second} and {@code third}. A false result proves that no word starts there, so the pass looks up
     * {@link #pairWords} and {@link #tripleWords} only where it is true.
     */
    static boolean mayStartWord(int first, int second, int third) {
        return (START_FILTER[startSlot(first, second)] & (1L << third)) != 0;
    }

    /**
     * Returns what {@link #mayStartWord} returns for a start right after an ASCII letter, digit or '_', where no
     * word that counts only as a whole word ({@link TriggerWord#boundedStart}) is recorded. Call it only where
     * {@link #mayStartWord} is true: it is the stricter test.
     */
    static boolean mayStartInsideWord(int first, int second, int third) {
        return (INSIDE_WORD_FILTER[startSlot(first, second)] & (1L << third)) != 0;
    }

    // The filter that the pass reads before it compares the words of three chars or more that begin with three
    // chars: one 64-bit entry per slot of the first three case keys, with the bit of the fourth case key set for
    // each word of four chars or more, and every bit set for a three-char word. "con" begins many words of prose
    // and some trigger words; "conf" and "cont" begin far fewer.
    private static final int CONTINUE_SLOT_MASK = (1 << 12) - 1;
    private static final long[] CONTINUE_FILTER = continueFilter();

    private static long[] continueFilter() {
        long[] filter = new long[CONTINUE_SLOT_MASK + 1];
        for (TriggerWord word : ALL) {
            if (word.length() == 2) {
                continue;
            }
            String literal = word.word();
            int slot = continueSlot(TriggerWord.caseKey(literal.charAt(0)), TriggerWord.caseKey(literal.charAt(1)),
                    TriggerWord.caseKey(literal.charAt(2)));
            if (word.length() == 3) {
                filter[slot] = -1L;
            } else {
                filter[slot] |= 1L << TriggerWord.caseKey(literal.charAt(3));
            }
        }
        return filter;
    }

    /**
     * Returns whether a word of three chars or more may start with four chars of these case keys. The fourth is
     * ignored for three-char words. A false result proves that no such word starts there.
     */
    static boolean mayContinueWord(int firstKey, int secondKey, int thirdKey, int fourthKey) {
        return (CONTINUE_FILTER[continueSlot(firstKey, secondKey, thirdKey)] & (1L << fourthKey)) != 0;
    }

    private static int continueSlot(int firstKey, int secondKey, int thirdKey) {
        return (firstKey * 961 + secondKey * 31 + thirdKey) & CONTINUE_SLOT_MASK;
    }

    /** Builds the filter of the two-char words, or of the longer ones when {@code longWords} is set. */
    private static TriggerFilter filter(boolean longWords) {
        List<TriggerWord> entries = new ArrayList<>();
        List<Integer> keys = new ArrayList<>();
        for (TriggerWord word : ALL) {
            if ((word.length() > 2) != longWords) {
                continue;
            }
            char first = TriggerWord.caseKey(word.word().charAt(0));
            char second = TriggerWord.caseKey(word.word().charAt(1));
            entries.add(word);
            keys.add(longWords ? triple(first, second, TriggerWord.caseKey(word.word().charAt(2)))
                    : pair(first, second));
        }
        return new TriggerFilter(keys.stream().mapToInt(Integer::intValue).toArray(), entries);
    }

    private TriggerWords() {
    }

    private static final int MAX_LENGTH = ALL.stream().mapToInt(TriggerWord::length).max().orElse(0);

    /** Returns the length of the longest registered word. */
    static int maxLength() {
        return MAX_LENGTH;
    }

    /** Number of registered words; ids run from 0 to this value minus one. */
    static int count() {
        return ALL.size();
    }

    /** Returns the registered word {@code literal} with the {@link CaseRule#EXACT} rule, or null if none. */
    static TriggerWord exactWord(String literal) {
        for (TriggerWord word : ALL) {
            if (word.caseRule() == CaseRule.EXACT && word.word().equals(literal)) {
                return word;
            }
        }
        return null;
    }

    /** Returns the registered words in id order. */
    static List<TriggerWord> all() {
        return List.copyOf(ALL);
    }

    /**
     * Returns the filter key of two adjacent chars, given as case keys. The first two chars of every two-char
     * word map to a key with its bit set, so a clear bit proves that no such word starts at the first char.
     */
    static int pair(int firstKey, int secondKey) {
        return ((firstKey << CHAR_SHIFT) ^ secondKey) & FILTER_MASK;
    }

    /** Returns the filter key of three adjacent chars, given as case keys, for words of three chars or more. */
    static int triple(int firstKey, int secondKey, int thirdKey) {
        return ((firstKey << FIRST_SHIFT) ^ (secondKey << SECOND_SHIFT) ^ thirdKey) & FILTER_MASK;
    }

    /** Returns the two-char words whose chars have the filter key {@code pair}, or null if none. */
    static TriggerWord[] pairWords(int pair) {
        return PAIRS.wordsAt(pair);
    }

    /** Returns the longer words whose first three chars have the filter key {@code triple}, or null if none. */
    static TriggerWord[] tripleWords(int triple) {
        return TRIPLES.wordsAt(triple);
    }

    private static TriggerWord word(String literal, CaseRule caseRule) {
        TriggerWord word = new TriggerWord(ALL.size(), literal, caseRule);
        ALL.add(word);
        return word;
    }

    private static TriggerWordList words(CaseRule caseRule, String... literals) {
        return words(caseRule, List.of(literals));
    }

    private static TriggerWordList words(CaseRule caseRule, List<String> literals) {
        return words(caseRule, literals, literal -> false);
    }

    private static TriggerWordList words(CaseRule caseRule, List<String> literals, Predicate<String> wholeWord) {
        List<TriggerWord> words = new ArrayList<>();
        for (String literal : literals) {
            TriggerWord word = new TriggerWord(ALL.size(), literal, caseRule, wholeWord.test(literal));
            ALL.add(word);
            words.add(word);
        }
        return TriggerWordList.of(words);
    }

    private static TriggerWordList labels() {
        List<TriggerWord> words = new ArrayList<>();
        for (String label : ConfidentialityLabelDetector.BUILT_IN_LABELS) {
            words.add(word(label, CaseRule.EXACT));
        }
        for (String label : ConfidentialityLabelDetector.MARKING_ONLY_LABELS) {
            words.add(word(label, CaseRule.EXACT));
        }
        return TriggerWordList.of(words);
    }
}
