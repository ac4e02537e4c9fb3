package dev.sluice.detection;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * A config assignment {@code key=value} whose key ends in a credential word, matched anchored at the start of that
 * word. {@link #at} finds the same match as the full RE2/J pattern, but reads the key, the operator and the value
 * by hand, because the pattern's NFA runs cost about 1 ms per 1 MB of the sparse benchmark corpus, whose code
 * snippets have many "token:" keys.
 *
 * @param operator the assignment operator: ":=", "=>", "=" or ":"
 * @param valueGroup 3 for a double-quoted value, 4 for a single-quoted one, 5 for a bare one
 * @param valueStart offset of the value's first char, without its quote
 * @param valueEnd offset after the value's last char, before its closing quote
 * @param end offset after the match, after any closing quote
 */
record CredentialAssignment(String operator, int valueGroup, int valueStart, int valueEnd, int end) {

    static final String KEY_WORD =
            "(?:password|passwd|passphrase|pwd|pass|secret|token|api[_.\\-]?key|apikey|access[_.\\-]?key"
                    + "|secret[_.\\-]?key|private[_.\\-]?key|client[_.\\-]?secret|credentials?)";

    private static final String KEY_AND_OPERATOR = "(?i)(" + KEY_WORD + ")[\"']?[ \\t]*(:=|=>|=|:)[ \\t]*";

    // Group 1: the credential word that ends the key. Group 2: the assignment operator. Group 3: double-quoted
    // value, group 4: single-quoted value, group 5: bare value. The rest of the key before the credential
    // word is walked back by hand, because a leading [A-Za-z0-9_.-]* would keep an RE2/J thread alive across
    // every long identifier in the text.
    private static final Pattern ASSIGNMENT = Pattern.compile(KEY_AND_OPERATOR
            + "(?:\"([^\"\\r\\n]{1,512})\"|'([^'\\r\\n]{1,512})'|([^\\s\"'`]{1,512}))");

    /**
     * The alternatives of {@link #KEY_WORD} in the pattern's order of preference, with each optional separator
     * written out: '?' marks one of "_", ".", "-" or none, tried in that order, and "credentials" comes before
     * "credential" because the optional 's' is greedy.
     */
    private static final String[] KEY_WORDS = {
        "password", "passwd", "passphrase", "pwd", "pass", "secret", "token", "api?key", "apikey", "access?key",
        "secret?key", "private?key", "client?secret", "credentials", "credential"
    };

    private static final int MAX_VALUE_CODE_POINTS = 512;

    // Longest credential word (client_secret, 13 chars) plus quotes, operator, blanks and the maximum value
    // length (512), rounded up. An assignment with more than about 70 blanks around the operator is missed.
    static final int MAX_ASSIGNMENT_CHARS = 600;

    private static final int DOUBLE_QUOTED = 3;
    private static final int SINGLE_QUOTED = 4;
    private static final int BARE = 5;

    /**
     * Returns the assignment whose credential word starts at {@code offset}, or null. The match reads at most
     * {@value #MAX_ASSIGNMENT_CHARS} chars.
     *
     * <p>The pattern prefers key and operator choices over value choices, so when the value can be read after
     * the first key word and operator that fit, the full pattern takes that value too. Otherwise, as after "password:="
     * at the end of a line, where the full pattern falls back to ':' and the value "=", the full pattern runs.
     */
    static CredentialAssignment at(String text, int offset) {
        int windowEnd = Math.min(text.length(), offset + MAX_ASSIGNMENT_CHARS);
        for (String keyWord : KEY_WORDS) {
            int keyEnd = CredentialKeyWords.matchEnd(text, offset, windowEnd, keyWord);
            if (keyEnd < 0) {
                continue;
            }
            int operatorStart = skipQuoteAndBlanks(text, keyEnd, windowEnd);
            String operator = CredentialKeyWords.operatorAt(text, operatorStart, windowEnd);
            if (operator == null) {
                continue;
            }
            int valueFrom = skipBlanks(text, operatorStart + operator.length(), windowEnd);
            CredentialAssignment read = readValue(text, operator, valueFrom, windowEnd);
            return read != null ? read : byPattern(text, offset);
        }
        return null;
    }

    /**
     * Skips the optional quote and the blanks after a credential word. The quote is taken when present because
     * a quote can never be the operator, and every blank is taken because a blank can never be one.
     */
    private static int skipQuoteAndBlanks(String text, int from, int windowEnd) {
        int i = from;
        if (i < windowEnd && (text.charAt(i) == '"' || text.charAt(i) == '\'')) {
            i++;
        }
        return skipBlanks(text, i, windowEnd);
    }

    private static int skipBlanks(String text, int from, int windowEnd) {
        int i = from;
        while (i < windowEnd && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** Returns what the full pattern matches at {@code offset}, or null: the reference for {@link #at}. */
    static CredentialAssignment byPattern(String text, int offset) {
        int windowEnd = Math.min(text.length(), offset + MAX_ASSIGNMENT_CHARS);
        Matcher matcher = ASSIGNMENT.matcher(new TextWindow(text, offset, windowEnd));
        if (!matcher.lookingAt()) {
            return null;
        }
        int group = matcher.start(DOUBLE_QUOTED) >= 0 ? DOUBLE_QUOTED
                : matcher.start(SINGLE_QUOTED) >= 0 ? SINGLE_QUOTED : BARE;
        return new CredentialAssignment(matcher.group(2), group, offset + matcher.start(group),
                offset + matcher.end(group), offset + matcher.end());
    }

    /** Reads the value at {@code from} in the pattern's order of alternatives, or returns null. */
    private static CredentialAssignment readValue(String text, String operator, int from, int windowEnd) {
        if (from >= windowEnd) {
            return null;
        }
        char first = text.charAt(from);
        if (first == '"' || first == '\'') {
            int valueEnd = quotedValueEnd(text, from + 1, windowEnd, first);
            if (valueEnd < 0) {
                return null;
            }
            int group = first == '"' ? DOUBLE_QUOTED : SINGLE_QUOTED;
            return new CredentialAssignment(operator, group, from + 1, valueEnd, valueEnd + 1);
        }
        int valueEnd = bareValueEnd(text, from, windowEnd);
        if (valueEnd == from) {
            return null;
        }
        return new CredentialAssignment(operator, BARE, from, valueEnd, valueEnd);
    }

    /**
     * Returns the offset of the closing {@code quote} of a value of 1 to 512 code points without CR or LF, or -1.
     */
    private static int quotedValueEnd(String text, int from, int windowEnd, char quote) {
        int i = from;
        int codePoints = 0;
        while (i < windowEnd) {
            char c = text.charAt(i);
            if (c == quote) {
                return codePoints >= 1 ? i : -1;
            }
            if (c == '\r' || c == '\n' || codePoints == MAX_VALUE_CODE_POINTS) {
                return -1;
            }
            i += codePointChars(text, i, windowEnd);
            codePoints++;
        }
        return -1;
    }

    /** Returns the end of the longest run of at most 512 code points that are not RE2 whitespace or quotes. */
    private static int bareValueEnd(String text, int from, int windowEnd) {
        int i = from;
        int codePoints = 0;
        while (i < windowEnd && codePoints < MAX_VALUE_CODE_POINTS && !endsBareValue(text.charAt(i))) {
            i += codePointChars(text, i, windowEnd);
            codePoints++;
        }
        return i;
    }

    /** Returns whether a char is in RE2's \s ([\t\n\f\r ]) or is a quote char, which a bare value never contains. */
    private static boolean endsBareValue(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '"' || c == '\'' || c == '`';
    }

    /** Returns 2 for a surrogate pair inside the window, which RE2/J reads as one code point, and 1 otherwise. */
    private static int codePointChars(String text, int i, int windowEnd) {
        boolean pair = Character.isHighSurrogate(text.charAt(i)) && i + 1 < windowEnd
                && Character.isLowSurrogate(text.charAt(i + 1));
        return pair ? 2 : 1;
    }
}
