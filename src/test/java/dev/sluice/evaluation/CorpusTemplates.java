package dev.sluice.evaluation;

import java.util.List;
import java.util.Map;

/**
 * Sentence templates of the evaluation corpus, per language: support chats, code review comments, annotator
 * notes and rubric text. A placeholder such as {EMAIL} becomes a labeled value, and one such as {UUID} becomes
 * an unlabeled hard negative. {@link CorpusGenerator} lists both kinds. Braces that do not name a placeholder
 * stay literal, so JSON in a template is kept as written.
 */
final class CorpusTemplates {

    /** Templates with at least one labeled placeholder. */
    static final Map<String, List<String>> POSITIVE = Map.of(
            "en", List.of(
                    "Hi team, I can't log into the labeling tool anymore. My account email is {EMAIL}, please reset it.",
                    "Customer asked for a callback on {PHONE} after 5pm ET, ticket {ORDER}.",
                    "Annotator note: the prompt contains a full card number ({CARD}, exp 11/28). Flag as PII.",
                    "Please wire the vendor payment to IBAN {IBAN} before {DATE}.",
                    "The user typed their SSN {SSN} into the free-text field 🙈, redact before export.",
                    "Review comment: don't hard-code the broker address {IP}, read it from config instead.",
                    "Found in the diff:\naws_access_key_id = {AKID}\naws_secret_access_key = {AWSSECRET}\nPlease rotate both.",
                    "CI log leaked a token: export GITHUB_TOKEN={GHTOKEN} — revoke it today.",
                    "Someone pasted a deploy key into the rubric doc:\n{PRIVKEY}\nRemoving it now.",
                    "curl -H \"Authorization: Bearer {JWT}\" https://api.example.com/v1/tasks",
                    "Config review: spring.datasource.password={PASSWORD} should come from the vault, not the repo.",
                    "Connection string in the notebook: postgresql://labeler:{PASSWORD}@db.example.com:5432/annotations",
                    "{LABEL} — rubric for the {CODENAME} preference study, version {VERSION}.",
                    "Rater guideline: if the response mentions {CODENAME} or {CODENAME} by name, mark it as a leak.",
                    "My password is {PASSWORD} and it stopped working after the update, can you check?",
                    "Escalate to {EMAIL} or call {PHONE}; card on file ends in 4242 and the full number was {CARD}.",
                    "Server {IP} returned 503 for request {UUID} at {DATE}.",
                    "Output of assume-role pasted in the ticket: {\"AccessKeyId\": \"{AKID}\", \"SecretAccessKey\": \"{AWSSECRET}\", \"Expiration\": \"{DATE}\"}",
                    "Review: the clone URL embeds a token, https://x-access-token:{GHTOKEN}@git.example.com/labs/rubrics.git",
                    "Kafka client config: sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"svc-labels\" password=\"{PASSWORD}\";",
                    "Firewall change {ORDER}: allow {NETWORK}/24 and {IP} to reach the vendor bucket."),
            "de", List.of(
                    "Hallo, ich komme nicht mehr ins Annotationstool. Meine E-Mail-Adresse ist {EMAIL}.",
                    "Bitte rufen Sie mich unter {PHONE} zurück, Ticket {ORDER}.",
                    "Hinweis für Annotatoren: Im Text steht eine Kreditkartennummer {CARD}, bitte als PII markieren.",
                    "Die Auszahlung geht auf das Konto mit der IBAN {IBAN}, Verwendungszweck {ORDER}.",
                    "Im Freitextfeld stand eine US-Sozialversicherungsnummer: {SSN}.",
                    "Code-Review: Die IP-Adresse {IP} ist fest eingetragen, bitte aus der Konfiguration lesen.",
                    "Im Commit gefunden: AWS_ACCESS_KEY_ID={AKID} und AWS_SECRET_ACCESS_KEY={AWSSECRET}",
                    "Der Token {GHTOKEN} steht im Build-Log, bitte sofort widerrufen.",
                    "Jemand hat einen privaten Schlüssel ins Ticket kopiert: {PRIVKEY}",
                    "Der Header lautet Authorization: Bearer {JWT}",
                    "In der .env steht DB_PASSWORD={PASSWORD}, das gehört in den Secret Store.",
                    "Mein Passwort: {PASSWORD} funktioniert seit dem Update nicht mehr.",
                    "{LABEL}: Bewertungsrichtlinie für Projekt {CODENAME}, Stand {DATE}.",
                    "Wenn die Antwort {CODENAME} erwähnt, bitte als Leck markieren."),
            "fr", List.of(
                    "Bonjour, je n'arrive plus à me connecter. Mon adresse e-mail est {EMAIL}.",
                    "Merci de me rappeler au {PHONE} demain matin.",
                    "Note d'annotation : le texte contient un numéro de carte {CARD}, à masquer.",
                    "Le virement sera envoyé sur l'IBAN {IBAN} d'ici le {DATE}.",
                    "L'utilisateur a saisi son SSN américain {SSN} dans le champ libre.",
                    "Revue de code : l'adresse {IP} est codée en dur, il faut la lire depuis la configuration.",
                    "Clés trouvées dans le dépôt : {AKID} et aws_secret_access_key: {AWSSECRET}",
                    "Le jeton {GHTOKEN} apparaît dans les logs de CI, révoquez-le.",
                    "Clé privée collée par erreur dans le ticket :\n{PRIVKEY}",
                    "Exemple de requête : Authorization: Bearer {JWT}",
                    "Dans le fichier de config : \"password\": \"{PASSWORD}\"",
                    "Mon mot de passe est {PASSWORD}, il ne marche plus.",
                    "{LABEL} — grille d'évaluation du projet {CODENAME}, version {VERSION}.",
                    "Si la réponse cite {CODENAME}, signalez une fuite."),
            "es", List.of(
                    "Hola, no puedo entrar en la herramienta de etiquetado. Mi correo es {EMAIL}.",
                    "Por favor llámame al {PHONE} después de las 18h.",
                    "Nota del anotador: el texto incluye una tarjeta {CARD} con caducidad 09/27.",
                    "El pago se hará a la cuenta IBAN {IBAN}, pedido {ORDER}.",
                    "El usuario escribió su número de seguro social {SSN} en el chat.",
                    "Revisión de código: la IP {IP} está fija en el código, muévela a la configuración.",
                    "Credenciales en el commit: aws_access_key_id={AKID} aws_secret_access_key={AWSSECRET}",
                    "El token {GHTOKEN} aparece en el log del pipeline.",
                    "Alguien pegó esta clave privada en el documento: {PRIVKEY}",
                    "La cabecera enviada fue Authorization: Bearer {JWT}",
                    "En el YAML aparece password: \"{PASSWORD}\", hay que moverlo al gestor de secretos.",
                    "Mi contraseña es {PASSWORD} y no funciona desde ayer.",
                    "{LABEL}: rúbrica del proyecto {CODENAME}, revisión del {DATE}.",
                    "Si la respuesta menciona {CODENAME}, márcala como filtración."),
            "pt", List.of(
                    "Olá, não consigo acessar a ferramenta de anotação. Meu e-mail é {EMAIL}.",
                    "Podem ligar para {PHONE} depois das 18h, obrigada.",
                    "Nota do anotador: o texto tem um número de cartão {CARD}, marcar como PII.",
                    "O pagamento vai para o IBAN {IBAN}.",
                    "O utilizador escreveu o SSN {SSN} no campo de texto livre.",
                    "Revisão de código: o IP {IP} está fixo no código.",
                    "Chaves no repositório: {AKID} / aws_secret_access_key = \"{AWSSECRET}\"",
                    "O token {GHTOKEN} foi exposto no log de build.",
                    "Chave privada colada no ticket por engano: {PRIVKEY}",
                    "Cabeçalho: Authorization: Bearer {JWT}",
                    "No ficheiro .env: API_KEY={PASSWORD}",
                    "A minha senha é {PASSWORD}, podem verificar?",
                    "{LABEL} — rubrica do projeto {CODENAME}, versão {VERSION}.",
                    "Se a resposta citar {CODENAME}, marque como vazamento."),
            "ja", List.of(
                    "ラベリングツールにログインできません。メールアドレスは{EMAIL}です。",
                    "折り返しのお電話は {PHONE} までお願いします。",
                    "アノテーターメモ：本文にカード番号 {CARD} が含まれています。PIIとしてマークしてください。",
                    "支払先のIBANは {IBAN} です。",
                    "ユーザーが自由記述欄に米国SSN {SSN} を入力しました。",
                    "コードレビュー：IPアドレス {IP} がハードコードされています。設定から読み込んでください。",
                    "コミットに認証情報がありました：aws_access_key_id={AKID} aws_secret_access_key={AWSSECRET}",
                    "CIログにトークン {GHTOKEN} が出力されています。すぐに失効させてください。",
                    "チケットに秘密鍵が貼られていました：\n{PRIVKEY}",
                    "リクエストヘッダー：Authorization: Bearer {JWT}",
                    "設定ファイルに password={PASSWORD} と書かれています。",
                    "パスワードは{PASSWORD}です。ログインできません。",
                    "【{LABEL}】{CODENAME}プロジェクトの評価基準（{DATE}更新）",
                    "回答に{CODENAME}という名前が出てきたら、漏洩としてマークしてください。"),
            "hi", List.of(
                    "नमस्ते, मैं लेबलिंग टूल में लॉग इन नहीं कर पा रहा हूँ। मेरा ईमेल {EMAIL} है।",
                    "कृपया मुझे {PHONE} पर कॉल करें।",
                    "एनोटेटर नोट: टेक्स्ट में कार्ड नंबर {CARD} है, इसे PII के रूप में चिह्नित करें।",
                    "भुगतान IBAN {IBAN} पर भेजा जाएगा।",
                    "उपयोगकर्ता ने चैट में अपना SSN {SSN} लिख दिया।",
                    "कोड रिव्यू: IP पता {IP} हार्ड-कोडेड है, इसे कॉन्फ़िग से पढ़ें।",
                    "कमिट में कुंजियाँ मिलीं: AWS_ACCESS_KEY_ID={AKID} AWS_SECRET_ACCESS_KEY={AWSSECRET}",
                    "बिल्ड लॉग में टोकन {GHTOKEN} दिख रहा है, इसे तुरंत रद्द करें।",
                    "टिकट में निजी कुंजी चिपका दी गई: {PRIVKEY}",
                    "हेडर: Authorization: Bearer {JWT}",
                    "कॉन्फ़िग में db_password: '{PASSWORD}' लिखा है।",
                    "मेरा पासवर्ड {PASSWORD} है, यह काम नहीं कर रहा।",
                    "{LABEL} — प्रोजेक्ट {CODENAME} की रूब्रिक, संस्करण {VERSION}।",
                    "अगर जवाब में {CODENAME} का नाम आए तो उसे लीक के रूप में चिह्नित करें।"));

    /** Templates with hard negatives only: the engine should report nothing in them. */
    static final Map<String, List<String>> NEGATIVE = Map.of(
            "en", List.of(
                    "Upgraded the SDK to {VERSION}; the changelog for version {VERSION4} lists no breaking changes.",
                    "Run {UUID} finished at {DATE} (epoch {EPOCH}), commit {HASH}.",
                    "Order {ORDER} shipped, ticket {ORDER} closed. Accuracy went from {DECIMAL} to {DECIMAL}.",
                    "Set the header colour to {COLOR} and the timeout to {NUM} ms in {FILE}.",
                    "The sample payload is base64: {B64}",
                    "Kafka listens on port {PORT}; the schema registry on {PORT}.",
                    "Please re-annotate items 1120-1180 in {FILE}; IAA was {DECIMAL} (sha256 {HASH})."),
            "de", List.of(
                    "Bitte auf Version {VERSION4} aktualisieren, nicht auf {VERSION}.",
                    "Lauf {UUID} endete am {DATE}, Zeitstempel {EPOCH}.",
                    "Bestellung {ORDER} ist unterwegs, Übereinstimmung {DECIMAL}.",
                    "Die Datei {FILE} hat den Hash {HASH}.",
                    "Der Dienst läuft auf Port {PORT}, Farbe im Dashboard {COLOR}."),
            "fr", List.of(
                    "Mettez à jour vers la version {VERSION4} (actuellement {VERSION}).",
                    "Exécution {UUID} terminée le {DATE}, horodatage {EPOCH}.",
                    "Commande {ORDER} : accord inter-annotateurs {DECIMAL}.",
                    "Le fichier {FILE} a pour empreinte {HASH}.",
                    "Le service écoute sur le port {PORT}, couleur {COLOR}, valeur {NUM}."),
            "es", List.of(
                    "Actualiza a la versión {VERSION4}, no a {VERSION}.",
                    "La ejecución {UUID} terminó el {DATE} (epoch {EPOCH}).",
                    "Pedido {ORDER}: concordancia {DECIMAL}.",
                    "El archivo {FILE} tiene el hash {HASH}.",
                    "El servicio usa el puerto {PORT}; el blob es {B64}."),
            "pt", List.of(
                    "Atualize para a versão {VERSION4}, não para {VERSION}.",
                    "A execução {UUID} terminou em {DATE}, timestamp {EPOCH}.",
                    "Pedido {ORDER}: concordância {DECIMAL}.",
                    "O arquivo {FILE} tem hash {HASH}.",
                    "O serviço escuta na porta {PORT}, cor {COLOR}."),
            "ja", List.of(
                    "SDKをバージョン {VERSION4} に更新しました（以前は {VERSION}）。",
                    "実行 {UUID} は {DATE} に完了しました（エポック {EPOCH}）。",
                    "注文番号 {ORDER}、一致率 {DECIMAL}。",
                    "ファイル {FILE} のハッシュは {HASH} です。",
                    "ポート {PORT} で待ち受けています。色は {COLOR}、値は {NUM}。"),
            "hi", List.of(
                    "कृपया संस्करण {VERSION4} पर अपडेट करें, {VERSION} पर नहीं।",
                    "रन {UUID} {DATE} को पूरा हुआ (epoch {EPOCH})।",
                    "ऑर्डर {ORDER}: सहमति {DECIMAL}।",
                    "फ़ाइल {FILE} का हैश {HASH} है।",
                    "सेवा पोर्ट {PORT} पर चल रही है, रंग {COLOR}।"));

    private CorpusTemplates() {
    }
}
