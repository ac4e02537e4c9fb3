package dev.sluice.bench;

import java.util.List;
import java.util.Random;

/**
 * Prompt and response text in eight languages plus code, with numbers, dates and versions as real chat traffic
 * has them, and a sensitive value only every 10 to 40 KB.
 */
final class SparseText {

    private static final int MIN_GAP_BYTES = 10_000;
    private static final int MAX_GAP_BYTES = 40_000;

    private static final List<List<String>> LANGUAGES = List.of(
            List.of("Can you explain the difference between a process and a thread in simple terms?",
                    "A process has its own address space, while threads share the memory of the process they run in.",
                    "Summarise the following article in three bullet points for a busy reader.",
                    "The report from 2023 found that 62% of respondents used at least two tools every week.",
                    "Rewrite this paragraph so that it sounds less formal but keeps every fact.",
                    "Python 3.12 removed the distutils package, so the build needs setuptools instead.",
                    "Here is a step-by-step plan: first measure, then change one thing, then measure again.",
                    "The meeting moved to 14:30 on 2024-05-17 because two people were travelling.",
                    "I am not able to browse the web, but I can explain how the algorithm usually works.",
                    "Version 2.4.1 fixed the memory leak that appeared after about 10000 requests."),
            List.of("Kannst du mir erklären, wie die Mehrwertsteuer auf einer Rechnung berechnet wird?",
                    "Der Nettobetrag von 120,00 Euro ergibt mit 19 % Mehrwertsteuer einen Bruttobetrag von 142,80 Euro.",
                    "Bitte fasse den folgenden Text in höchstens fünf Sätzen zusammen.",
                    "Die Straßenbahnlinie 4 fährt zwischen 5:30 und 0:45 Uhr etwa alle zehn Minuten.",
                    "Übersetze die Bedienungsanleitung ins Englische und behalte die Nummerierung bei.",
                    "Für die Prüfung am 12.03.2025 sollten Sie die Kapitel 3 bis 7 wiederholen."),
            List.of("Peux-tu me proposer un menu végétarien pour un dîner de six personnes ?",
                    "Commencez par une soupe de potiron, puis un gratin de légumes, et terminez par une tarte aux poires.",
                    "Le train de 8 h 12 arrive à Lyon à 10 h 05, avec un changement à Dijon.",
                    "Réécris ce courriel pour qu'il soit plus poli sans changer le fond.",
                    "La réponse du modèle est correcte, mais elle oublie de citer la deuxième condition.",
                    "Le budget prévu pour 2025 s'élève à 3,4 millions d'euros, soit 8 % de plus qu'en 2024."),
            List.of("¿Cuál es la mejor manera de aprender a programar si nunca lo he hecho antes?",
                    "Empieza con un lenguaje sencillo, practica todos los días y construye pequeños proyectos.",
                    "El vuelo IB 3166 sale a las 07:45 y llega a Madrid a las 10:20 hora local.",
                    "Corrige la gramática de este párrafo y explica cada cambio.",
                    "Según el informe, las ventas crecieron un 12,5 % en el tercer trimestre."),
            List.of("Como posso melhorar o desempenho de uma consulta SQL que demora muito?",
                    "Crie um índice nas colunas usadas no filtro e evite funções sobre essas colunas.",
                    "A reunião foi marcada para 15/06/2025 às 9h, na sala 204.",
                    "O avaliador achou a resposta longa demais e pediu uma versão com no máximo 100 palavras."),
            List.of("東京から大阪まで新幹線で行くと、だいたいどのくらい時間がかかりますか？",
                    "のぞみ号を使えば約2時間30分で、料金は片道で1万4千円ほどです。",
                    "次の文章をもっと丁寧な日本語に書き直してください。",
                    "このモデルの回答は事実としては正しいですが、質問の意図に答えていません。",
                    "2024年の売上高は前年比8%増の120億円でした。"),
            List.of("请用简单的语言解释什么是机器学习。",
                    "机器学习是让计算机从数据中学习规律，而不是由人写出每一条规则。",
                    "把下面这段话翻译成英文，并保持原来的语气。",
                    "这个回答的格式很好，但第三步的计算有错误，应该是 45 而不是 54。",
                    "会议定于2025年3月18日下午两点在三楼会议室举行。"),
            List.of("कृपया मुझे बताइए कि सौर ऊर्जा कैसे काम करती है।",
                    "सौर पैनल सूर्य की रोशनी को बिजली में बदलते हैं, जिसे बैटरी में जमा किया जा सकता है।",
                    "इस अनुच्छेद का सारांश तीन वाक्यों में लिखिए।",
                    "मॉडल का उत्तर सही है, लेकिन उसमें एक उदाहरण और होना चाहिए था।"));

    private static final List<String> CODE = List.of(
            "```python\ndef moving_average(values, window=3):\n    return [sum(values[i:i + window]) / window"
                    + " for i in range(len(values) - window + 1)]\n```",
            "```java\nfor (int i = 0; i < items.size(); i++) {\n    total += items.get(i).price() * 1.19;\n}\n```",
            "```sql\nSELECT customer_id, COUNT(*) AS orders FROM orders WHERE created_at >= '2024-01-01'"
                    + " GROUP BY customer_id HAVING COUNT(*) > 5;\n```",
            "```json\n{\"model\": \"reviewer-v3\", \"temperature\": 0.2, \"max_tokens\": 1024, \"top_p\": 0.95}\n```",
            "```bash\npip install numpy==1.26.4 pandas==2.2.1 && python -m pytest -q tests/\n```",
            "```yaml\nreplicas: 3\nresources:\n  limits:\n    cpu: 500m\n    memory: 512Mi\n```");

    private static final List<String> ROLES = List.of("User: ", "Assistant: ", "Rater comment: ");

    private final Random random;
    private final SyntheticValues values;
    private int gapBytes;
    private int textSinceValue;

    SparseText(Random random) {
        this.random = random;
        this.values = new SyntheticValues(random);
        this.gapBytes = nextGap();
    }

    /** Returns the next chat turn: two to five sentences in one language, a code block, or a rare value. */
    String nextUnit() {
        if (textSinceValue >= gapBytes) {
            textSinceValue = 0;
            gapBytes = nextGap();
            return sentenceWithValue();
        }
        String unit = random.nextInt(8) == 0 ? values.pick(ROLES) + values.pick(CODE) : turn();
        textSinceValue += Corpus.utf8Length(unit) + 1;
        return unit;
    }

    private String turn() {
        List<String> language = values.pick(LANGUAGES);
        StringBuilder turn = new StringBuilder(values.pick(ROLES));
        int sentences = 2 + random.nextInt(4);
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                turn.append(' ');
            }
            turn.append(values.pick(language));
        }
        return turn.toString();
    }

    private int nextGap() {
        return MIN_GAP_BYTES + random.nextInt(MAX_GAP_BYTES - MIN_GAP_BYTES + 1);
    }

    private String sentenceWithValue() {
        return switch (random.nextInt(5)) {
            case 0 -> "User: please send the summary to " + values.email() + " when it is done.";
            case 1 -> "User: mein Rückruf bitte unter " + values.phone() + ", danke.";
            case 2 -> "User: the server at " + values.ipv4() + " keeps timing out.";
            case 3 -> "User: here is my config, aws_access_key_id = " + values.awsAccessKeyId();
            default -> "User: el pago se hizo a la cuenta " + values.iban() + " ayer.";
        };
    }
}
