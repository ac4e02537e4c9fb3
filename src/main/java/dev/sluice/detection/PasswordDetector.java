package dev.sluice.detection;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * Finds credentials in four shapes and reports the secret value only:
 * <ul>
 *   <li>config assignments {@code key=value} or {@code key: value} whose key ends in a credential word
 *       (password, passwd, pwd, secret, token, api_key, sasl_password...); the value runs to the next
 *       whitespace or closing quote, so '/', '+' and '=' stay inside it;</li>
 *   <li>the password of URL userinfo {@code scheme://user:pass@host}, where the userinfo ends at the last '@'
 *       before the host, so a password may itself contain '@', '#' or '?';</li>
 *   <li>connection strings, which are URLs of the same shape ({@code postgresql://user:pass@127.0.0.1/db}).
 *       Loopback hosts are not skipped, because the password is just as secret.</li>
 *   <li>passwords in prose after the word for password in English, German, French, Spanish, Portuguese,
 *       Japanese or Hindi and "is", "ist", "est", "es", "é", "は", "है" or ':' ("My password is kY7mH11n7W#20",
 *       "Mon mot de passe est …", "パスワードは…です", "मेरा पासवर्ड … है"). The value must look like a password
 *       (see {@link #looksLikePassword}), so "the password is expired" is not reported.</li>
 * </ul>
 * Prose such as "username/password combination" has no assignment and is not reported. UUID values are ids,
 * not secrets.
 */
final class PasswordDetector implements Detector {

    private static final int MAX_KEY_PREFIX_CHARS = 64;

    // Every alternative of CredentialAssignment.KEY_WORD starts with one of these words.
    private static final Trie KEY_WORD_STARTS = Trie.builder()
            .ignoreCase()
            .addKeywords("pass", "pwd", "secret", "token", "api", "access", "private", "client", "credential")
            .build();

    // Group 1 is the user name and group 2 the password of scheme://user:password@host. The user name stops
    // at '/', '?', '#' and ':', so a URL without userinfo ("https://example.com/a#frag") never reaches a
    // password. The password stops only at whitespace, so it may contain '@', '#', '?', '%', '!', '/' (a
    // base64 password pasted unencoded) and the other chars people put in passwords. The greedy class makes
    // the last '@' before whitespace end the userinfo.
    // NOTE: an '@' later in the same URL ("user:pw@host/a?next=a@b") stretches the span to
    // "pw@host/a?next=a", which masks more than the password but never less.
    private static final Pattern URL_USERINFO = Pattern.compile(
            "[A-Za-z][A-Za-z0-9+.\\-]*://([^\\s/?#:@]*):(\\S*)@[^\\s/?#@]+");

    // A host name and a port followed by a path, query or fragment ("example.com:8443/a?to=a@b"), which the
    // URL pattern also matches as user name and password.
    // NOTE: a dotted user name with a password of this shape ("j.doe:1234#pw@host") is taken for a host and
    // port and missed. A single-label host with a port and path ("http://web:8080/a@b") is taken for a user
    // name and password, which masks "8080/a".
    private static final Pattern HOST_NAME = Pattern.compile("(?i)localhost|[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)+");
    private static final Pattern PORT_THEN_QUERY = Pattern.compile("[0-9]{1,5}[/?#].+");

    private static final int MAX_SCHEME_CHARS = 32;

    // Chars read after the scheme for userinfo and host. A URL whose userinfo and host are longer is not
    // reported.
    private static final int MAX_URL_CHARS = 2048;

    // A value in prose: printable ASCII or Latin letters without quotes, so it ends at whitespace and at Kana,
    // Han or Devanagari written right after it ("パスワードはkY7mH11n7Wです").
    // NOTE: a password with chars of other scripts is cut at the first such char.
    private static final String PROSE_VALUE = "[\"'\u201C\u201E\u00AB]?([!#-&(-_a-~\\p{Latin}]{1,129})";

    // Group 1: the value after the word for password and a verb or ':'. Group 2: the Hindi order
    // "पासवर्ड <value> है".
    private static final Pattern PROSE_PASSWORD = Pattern.compile(
            "(?i)(?:password|passwort|kennwort|mot de passe|contraseña|clave|senha|パスワード|पासवर्ड)"
                    + "(?:[ \\t]*[:=][ \\t]*|[ \\t]*は[ \\t]*"
                    + "|[ \\t]+(?:is|was|ist|lautet|war|est|était|es|era|é|है)(?:[ \\t]*:)?[ \\t]+)"
                    + PROSE_VALUE
                    + "|पासवर्ड[ \\t]+([!#-&(-_a-~\\p{Latin}]{1,129})[ \\t]+(?:है|था)");

    private static final Trie PROSE_KEY_WORDS = Trie.builder()
            .ignoreCase()
            .addKeywords("password", "passwort", "kennwort", "mot de passe", "contraseña", "clave", "senha",
                    "パスワード", "पासवर्ड")
            .build();

    // Longest key word, verb and blanks plus the maximum value length (129 chars), rounded up.
    private static final int MAX_PROSE_CHARS = 200;

    private static final int MIN_PROSE_VALUE_CHARS = 6;
    private static final int MAX_PROSE_VALUE_CHARS = 128;

    private static final String PASSWORD_SYMBOLS = "!@#$%^&*+=/?~_|\\<>[]{}():;";

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private static final Pattern WORD_ONLY = Pattern.compile("[A-Za-z]+");

    private static final Set<String> NON_SECRET_VALUES = Set.of(
            "true", "false", "null", "none", "nil", "yes", "no", "required", "optional", "empty", "changeme");

    private static final int MIN_VALUE_CHARS = 3;

    @Override
    public String id() {
        return "password";
    }

    @Override
    public void detect(String text, List<Finding> findings) {
        detect(text, findings, startsOf(KEY_WORD_STARTS.parseText(text)), startsOf(PROSE_KEY_WORDS.parseText(text)),
                text.contains("://"), false);
    }

    /**
     * Finds the same credentials as {@link #detect(String, List)}, taking the places where credential words and
     * the words for password start from the context instead of two Aho-Corasick passes.
     */
    @Override
    public void detect(ScanContext context, List<Finding> findings) {
        detect(context.text(), findings, context.occurrences(TriggerWords.PASSWORD_KEYS),
                context.occurrences(TriggerWords.PASSWORD_PROSE), context.contains(TriggerWords.URL_SCHEME_END), true);
    }

    @Override
    public boolean mayMatch(ScanContext context) {
        return context.containsAny(TriggerWords.PASSWORD_KEYS) || context.containsAny(TriggerWords.PASSWORD_PROSE)
                || context.contains(TriggerWords.URL_SCHEME_END);
    }

    /**
     * Finds credentials at the given starts of credential words and words for password. With
     * {@code skipWithoutOperator}, a credential word without an assignment operator after it is rejected before
     * the assignment pattern runs ({@link #mayStartAssignment}).
     */
    private void detect(String text, List<Finding> findings, int[] keyWordStarts, int[] proseWordStarts,
            boolean hasUrl, boolean skipWithoutOperator) {
        int assignmentsFrom = findings.size();
        findAssignments(text, keyWordStarts, findings, skipWithoutOperator);
        if (proseWordStarts.length > 0) {
            findProsePasswords(text, proseWordStarts, findings, findings.subList(assignmentsFrom, findings.size())
                    .stream().map(Finding::start).collect(Collectors.toSet()));
        }
        if (hasUrl) {
            findUrlPasswords(text, findings);
        }
    }

    /** Returns the distinct start offsets of {@code emits}, ascending. */
    private static int[] startsOf(Collection<Emit> emits) {
        return emits.stream().mapToInt(Emit::getStart).sorted().distinct().toArray();
    }

    /**
     * Matches a credential assignment ({@link CredentialAssignment#at}) anchored at each place where a credential
     * word starts, given ascending in {@code wordStarts}. The anchored match reads at most
     * {@value CredentialAssignment#MAX_ASSIGNMENT_CHARS} chars, so text without credential words costs no scan.
     */
    private void findAssignments(String text, int[] wordStarts, List<Finding> findings, boolean skipWithoutOperator) {
        int matchedUntil = 0;
        int previousStart = -1;
        for (int offset : wordStarts) {
            if (offset < matchedUntil || offset == previousStart) {
                continue;
            }
            if (skipWithoutOperator && !mayStartAssignment(text, offset)) {
                previousStart = offset;
                continue;
            }
            previousStart = offset;
            CredentialAssignment assignment = CredentialAssignment.at(text, offset);
            if (assignment == null || keyStart(text, offset) < 0) {
                continue;
            }
            matchedUntil = assignment.end();

            int group = assignment.valueGroup();
            int start = assignment.valueStart();
            int end = assignment.valueEnd();
            if (group == 5) {
                end = trimTrailingPunctuation(text, start, end);
            }
            boolean colonSeparator = assignment.operator().equals(":");
            String value = text.substring(start, end);
            if (isSecretValue(value, colonSeparator && group == 5)) {
                findings.add(new Finding(start, end, EntityTypes.PASSWORD, FindingCategory.SECRET, id(), 0.8));
            }
        }
    }

    /**
     * Returns false when the assignment pattern of {@link CredentialAssignment} cannot match at {@code offset}.
     * The credential word of a match is made of letters, '_', '.' and '-', and a quote, blanks or the operator must follow it, none of which is
     * such a char. So the word ends where the run of those chars ends, and the operator must follow after at
     * most one quote and blanks. The run also takes in 'ſ' and the Kelvin sign, which {@code (?i)} matches as
     * 's' and 'k'.
     */
    private static boolean mayStartAssignment(String text, int offset) {
        int i = offset;
        int length = text.length();
        while (i < length && isKeyWordChar(text.charAt(i))) {
            i++;
        }
        if (i < length && (text.charAt(i) == '"' || text.charAt(i) == '\'')) {
            i++;
        }
        while (i < length && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i < length && (text.charAt(i) == ':' || text.charAt(i) == '=');
    }

    private static boolean isKeyWordChar(char c) {
        return TextChars.isAsciiLetter(c) || c == '_' || c == '.' || c == '-' || c == '\u017F' || c == '\u212A';
    }

    /**
     * Runs the prose pattern anchored at each place where the word for password starts, as
     * {@link #findAssignments} does for key words. A value that an assignment already reported at the same
     * start is not added again.
     */
    private void findProsePasswords(String text, int[] wordStarts, List<Finding> findings,
            Set<Integer> assignmentStarts) {
        int matchedUntil = 0;
        for (int offset : wordStarts) {
            // Every word for password is longer than one char, so the first two chars of the word decide
            // whether it continues a word before it.
            if (offset < matchedUntil || TextChars.continuesWordBefore(text, offset, offset + 2)) {
                continue;
            }
            Matcher matcher = PROSE_PASSWORD.matcher(
                    new TextWindow(text, offset, Math.min(text.length(), offset + MAX_PROSE_CHARS)));
            if (!matcher.lookingAt()) {
                continue;
            }
            matchedUntil = offset + matcher.end();
            int group = matcher.start(1) >= 0 ? 1 : 2;
            int start = offset + matcher.start(group);
            int end = trimTrailingPunctuation(text, start, offset + matcher.end(group));
            String value = text.substring(start, end);
            if (!assignmentStarts.contains(start) && looksLikePassword(value) && isSecretValue(value, false)) {
                findings.add(new Finding(start, end, EntityTypes.PASSWORD, FindingCategory.SECRET, id(), 0.7));
            }
        }
    }

    /**
     * Returns whether a value written in prose looks like a password rather than a word: 6 to 128 chars with
     * an ASCII digit, a symbol such as '!' or '#', or a capital letter after a small one ("waIZErNGwxIE").
     * A capitalized word ("Bitte") and words joined by '-' or '.' are not passwords.
     */
    // NOTE: a letters-only password in one case ("hunter") is missed, and a code name with a digit after
    // "password is" ("password is 2FA-protected") is reported.
    static boolean looksLikePassword(String value) {
        if (value.length() < MIN_PROSE_VALUE_CHARS || value.length() > MAX_PROSE_VALUE_CHARS) {
            return false;
        }
        boolean lowerSeen = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean capitalAfterSmall = lowerSeen && Character.isUpperCase(c);
            if (TextChars.isAsciiDigit(c) || PASSWORD_SYMBOLS.indexOf(c) >= 0 || capitalAfterSmall) {
                return true;
            }
            lowerSeen |= Character.isLowerCase(c);
        }
        return false;
    }

    /**
     * Runs the URL pattern anchored at the scheme before each "://". The scheme is walked back by hand, because
     * a leading scheme pattern would keep an RE2/J thread alive across every long word in the text.
     */
    private void findUrlPasswords(String text, List<Finding> findings) {
        int matchedUntil = 0;
        for (int separator = text.indexOf("://"); separator >= 0; separator = text.indexOf("://", separator + 3)) {
            int schemeStart = separator;
            while (schemeStart > 0 && separator - schemeStart < MAX_SCHEME_CHARS
                    && isSchemeChar(text.charAt(schemeStart - 1))) {
                schemeStart--;
            }
            while (schemeStart < separator && !TextChars.isAsciiLetter(text.charAt(schemeStart))) {
                schemeStart++;
            }
            if (schemeStart == separator || schemeStart < matchedUntil) {
                continue;
            }
            int windowEnd = Math.min(text.length(), separator + MAX_URL_CHARS);
            Matcher matcher = URL_USERINFO.matcher(new TextWindow(text, schemeStart, windowEnd));
            if (!matcher.lookingAt()) {
                continue;
            }
            matchedUntil = schemeStart + matcher.end();
            int start = schemeStart + matcher.start(2);
            int end = schemeStart + matcher.end(2);
            String password = text.substring(start, end);
            if (end > start && !isPlaceholder(password) && !isPortThenQuery(matcher.group(1), password)) {
                findings.add(new Finding(start, end, EntityTypes.PASSWORD, FindingCategory.SECRET, id(), 0.9));
            }
        }
    }

    private static boolean isPortThenQuery(String user, String password) {
        return PORT_THEN_QUERY.matches(password) && HOST_NAME.matches(user);
    }

    private static boolean isSchemeChar(char c) {
        return TextChars.isAsciiAlphanumeric(c) || c == '+' || c == '.' || c == '-';
    }

    /**
     * Returns where the key that ends in a credential word starts, walking back over identifier chars such as
     * "sasl_" in "sasl_password", or -1 when the key is longer than {@value #MAX_KEY_PREFIX_CHARS} chars or
     * glued to a letter of its own script ("überpassword"). A key glued to another script ("設定password") is
     * a key, by the whole-word rule of dictionary matches.
     */
    private static int keyStart(String text, int wordStart) {
        int start = wordStart;
        int limit = Math.max(0, wordStart - MAX_KEY_PREFIX_CHARS);
        while (start > limit && isKeyChar(text.charAt(start - 1))) {
            start--;
        }
        if (start == limit && start > 0 && isKeyChar(text.charAt(start - 1))) {
            return -1;
        }
        return TextChars.continuesWordBefore(text, start, wordStart + 1) ? -1 : start;
    }

    private static boolean isKeyChar(char c) {
        return TextChars.isAsciiAlphanumeric(c) || c == '_' || c == '.' || c == '-';
    }

    /** Drops trailing ',', ';' and closing brackets, then one final '.', which end a sentence, not a value. */
    private static int trimTrailingPunctuation(String text, int start, int end) {
        int trimmed = end;
        while (trimmed > start + 1) {
            char last = text.charAt(trimmed - 1);
            if (last == ',' || last == ';' || last == ')' || last == ']' || last == '}') {
                trimmed--;
            } else {
                break;
            }
        }
        if (trimmed > start + 1 && text.charAt(trimmed - 1) == '.') {
            trimmed--;
        }
        return trimmed;
    }

    /**
     * Returns whether an assigned value looks like a credential. After "key:" a bare value of letters only is
     * taken as prose ("Password: please reset it").
     */
    // NOTE: the letters-only rule is a judgement, not measured: it misses a real letters-only password
    // written as "password: hunter".
    private static boolean isSecretValue(String value, boolean afterColon) {
        if (value.length() < MIN_VALUE_CHARS || isPlaceholder(value)) {
            return false;
        }
        if (NON_SECRET_VALUES.contains(value.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (value.startsWith("-----") || UUID.matches(value)) {
            return false;
        }
        return !(afterColon && WORD_ONLY.matches(value));
    }

    /** Returns whether the value is a template reference or a mask instead of a real credential. */
    private static boolean isPlaceholder(String value) {
        if (value.startsWith("${") || value.startsWith("{{") || value.startsWith("<") || value.startsWith("%(")) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '*' && c != 'x' && c != 'X' && c != '.') {
                return false;
            }
        }
        return true;
    }
}
