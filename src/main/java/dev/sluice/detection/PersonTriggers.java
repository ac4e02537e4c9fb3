package dev.sluice.detection;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * Context words after or before which a person's name is expected, found together in one case-insensitive
 * Aho-Corasick pass, or taken from the trigger words of a {@link ScanContext}. Person detection looks for a name only next to one of these, so text without them costs a
 * single pass over its chars.
 */
final class PersonTriggers {

    /** Kind of context a trigger gives, which decides what the words next to it must be. */
    enum Kind {
        /** "my name is", "je m'appelle": any capitalised words after it. */
        INTRODUCTION,
        /** "I am", "ich bin", "sou a": capitalised words after it whose first is a known first name. */
        WEAK_INTRODUCTION,
        /** "Mr", "Frau", "Sra.": any capitalised words after it. */
        TITLE,
        /** "M.", which also ends an abbreviation or an initial: a known first name or surname after it. */
        WEAK_TITLE,
        /** "Hi", "Dear", "Bonjour": a known first name after it. */
        GREETING,
        /** "ask for", "contact": a known first name after it. */
        REFERENCE,
        /** "Regards,", "Viele Grüße": a name on the next line, or a known first name on the same line. */
        SIGNATURE,
        /** Japanese さん, 様, Chinese 先生, Korean 씨, 님: a name written just before it. */
        HONORIFIC,
        /** Chinese 我叫, Japanese 私の名前は: a name written just after it. */
        CJK_INTRODUCTION
    }

    /** One trigger occurrence: {@code [start, end)} in the text, and the lower-case keyword found there. */
    record Hit(int start, int end, Kind kind, String keyword) {
    }

    private static final Map<Kind, List<String>> PHRASES = Map.of(
            Kind.INTRODUCTION, List.of("my name is", "my name's", "mein name ist", "je m'appelle", "je m’appelle",
                    "me llamo", "mi chiamo", "mi nombre es", "meu nome é", "o meu nome é", "il mio nome è",
                    "mon nom est"),
            Kind.WEAK_INTRODUCTION, List.of("i am", "i'm", "i’m", "ich bin", "ich bin der", "ich bin die",
                    "sou a", "sou o", "soy", "je suis", "sono"),
            Kind.TITLE, List.of("mr", "mrs", "ms", "dr", "prof", "herr", "frau", "mme", "mlle", "sr.", "sra.",
                    "srta.", "señor", "señora", "sig.", "sig.ra", "dott.", "dott.ssa", "monsieur", "madame"),
            Kind.WEAK_TITLE, List.of("m."),
            Kind.GREETING, List.of("hi", "hello", "hey", "dear", "hallo", "liebe", "lieber", "bonjour", "salut",
                    "hola", "olá", "ola", "oi", "ciao", "buongiorno", "buenos días", "bom dia", "good morning",
                    "guten tag", "guten morgen"),
            Kind.REFERENCE, List.of("ask for", "contact", "talk to", "speak to", "speak with", "reach out to",
                    "assigned to", "cc", "kontaktiere", "contactez", "contacta", "chiedi di", "pergunte por",
                    "fragen sie nach", "frag nach"),
            Kind.SIGNATURE, List.of("regards,", "best regards,", "kind regards,", "best,", "thanks,", "thank you,",
                    "cheers,", "viele grüße", "viele grüsse", "beste grüße", "liebe grüße", "mit freundlichen grüßen",
                    "cordialement", "bien à vous", "saludos", "un saludo", "atenciosamente", "abraços",
                    "cordiali saluti", "saluti"),
            Kind.HONORIFIC, List.of("さん", "様", "さま", "くん", "ちゃん", "先生", "女士", "小姐", "씨", "님"),
            Kind.CJK_INTRODUCTION, List.of("我叫", "我的名字是", "私の名前は", "わたしの名前は", "제 이름은"));

    private static final Map<String, Kind> KIND_OF = kinds();
    private static final Trie TRIE = trie();

    // The trie's keywords, sorted, which is the order in which it reports keywords that end at the same char.
    private static final List<String> KEYWORDS = KIND_OF.keySet().stream().sorted().toList();
    // Keywords of one char, which TriggerWord cannot hold, so find(ScanContext) searches them itself.
    private static final String[] ONE_CHAR_KEYWORDS = KEYWORDS.stream().filter(word -> word.length() == 1)
            .toArray(String[]::new);
    private static final Kind[] ONE_CHAR_KINDS = Arrays.stream(ONE_CHAR_KEYWORDS).map(KIND_OF::get)
            .toArray(Kind[]::new);

    private static final Comparator<Hit> TRIE_ORDER = Comparator.comparingInt(Hit::end)
            .thenComparing(Hit::keyword);

    private PersonTriggers() {
    }

    /**
     * Returns every trigger in {@code text}. Latin-script triggers count only as whole words. The honorifics and
     * the Chinese, Japanese and Korean introductions are written without spaces, so they count anywhere.
     */
    static List<Hit> find(String text) {
        List<Hit> hits = new java.util.ArrayList<>();
        for (Emit emit : TRIE.parseText(text)) {
            int start = emit.getStart();
            int end = emit.getEnd() + 1;
            Kind kind = KIND_OF.get(emit.getKeyword());
            boolean glued = kind == Kind.HONORIFIC || kind == Kind.CJK_INTRODUCTION;
            if (glued || isWholeWord(text, start, end)) {
                hits.add(new Hit(start, end, kind, emit.getKeyword()));
            }
        }
        return hits;
    }

    /**
     * Returns what {@link #find(String)} returns for {@code context.text()}, in the same order: by end offset,
     * then by keyword. The keywords of two chars or more come from the context's trigger words, so only the
     * one-char keywords cost a search of the text.
     */
    static List<Hit> find(ScanContext context) {
        String text = context.text();
        List<Hit> hits = new java.util.ArrayList<>();
        context.forEachOccurrence(TriggerWords.PERSON_PHRASES, (wordId, start) -> addIfCounted(hits, text, start,
                PhraseWords.WORD_BY_ID[wordId], PhraseWords.KIND_BY_ID[wordId]));
        // The pass flags the one-char keywords, so most text is not searched for them.
        if (context.containsOneCharPersonKeyword()) {
            for (int k = 0; k < ONE_CHAR_KEYWORDS.length; k++) {
                String keyword = ONE_CHAR_KEYWORDS[k];
                char c = keyword.charAt(0);
                for (int start = text.indexOf(c); start >= 0; start = text.indexOf(c, start + 1)) {
                    addIfCounted(hits, text, start, keyword, ONE_CHAR_KINDS[k]);
                }
            }
        }
        if (hits.size() > 1) {
            hits.sort(TRIE_ORDER);
        }
        return hits;
    }

    /** Returns whether {@code c} alone is a keyword, one of those that {@link TriggerWords} cannot register. */
    static boolean isOneCharKeyword(char c) {
        for (String keyword : ONE_CHAR_KEYWORDS) {
            if (keyword.charAt(0) == c) {
                return true;
            }
        }
        return false;
    }

    /** Returns the keywords of two chars or more, the ones {@link TriggerWords} registers. */
    static List<String> searchedPhrases() {
        return KEYWORDS.stream().filter(word -> word.length() > 1).toList();
    }

    /** Returns whether {@code keyword}, in lower case, counts only as a whole word, as every non-glued one does. */
    static boolean countsOnlyAsWholeWord(String keyword) {
        return !isGlued(KIND_OF.get(keyword));
    }

    private static boolean isGlued(Kind kind) {
        return kind == Kind.HONORIFIC || kind == Kind.CJK_INTRODUCTION;
    }

    private static void addIfCounted(List<Hit> hits, String text, int start, String keyword, Kind kind) {
        int end = start + keyword.length();
        if (isGlued(kind) || isWholeWord(text, start, end)) {
            hits.add(new Hit(start, end, kind, keyword));
        }
    }

    private static boolean isWholeWord(String text, int start, int end) {
        return !TextChars.continuesWordBefore(text, start, end) && !TextChars.continuesWordAfter(text, start, end);
    }

    /**
     * {@link TriggerWords#PERSON_PHRASES} as an array, with the kind of each, because {@link #find(ScanContext)}
     * walks all of them for every text. A holder class, because {@link TriggerWords} builds that list from
     * {@link #searchedPhrases} while it is initialised, and so may initialise this class before the list exists.
     */
    private static final class PhraseWords {
        // The phrase and kind of each person phrase by trigger-word id, null for the ids of other words.
        static final String[] WORD_BY_ID = new String[TriggerWords.count()];
        static final Kind[] KIND_BY_ID = new Kind[TriggerWords.count()];

        static {
            for (TriggerWord word : TriggerWords.PERSON_PHRASES) {
                WORD_BY_ID[word.id()] = word.word();
                KIND_BY_ID[word.id()] = KIND_OF.get(word.word());
            }
        }
    }

    private static Map<String, Kind> kinds() {
        Map<String, Kind> kinds = new HashMap<>();
        PHRASES.forEach((kind, phrases) -> phrases.forEach(
                phrase -> kinds.put(phrase.toLowerCase(Locale.ROOT), kind)));
        return Map.copyOf(kinds);
    }

    private static Trie trie() {
        Trie.TrieBuilder builder = Trie.builder().ignoreCase();
        KIND_OF.keySet().forEach(builder::addKeyword);
        return builder.build();
    }
}
