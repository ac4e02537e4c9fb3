package dev.sluice.evaluation;

import java.util.List;
import java.util.Map;

/**
 * Sentence templates for the catalogue types: national identifiers of the UK, Spain, Italy, Singapore, Poland,
 * Finland, Brazil, Canada, the Netherlands and Australia, and vendor tokens. Placeholders work as in
 * {@link CorpusTemplates}. Each identifier that needs a context word has one within 40 chars before it, as users
 * write them, and the negative templates hold checksum-valid nine-digit numbers without one.
 */
final class CorpusTemplatesCatalogue {

    /** Templates with at least one labeled placeholder. */
    static final Map<String, List<String>> POSITIVE = Map.of(
            "en", List.of(
                    "Patient intake note: NHS number {NHS}, please redact before the transcript goes to the vendor.",
                    "Support chat: my NHS no. is {NHS} and the GP letter still shows the old address.",
                    "Annotator note: the prompt includes a Spanish DNI/NIF {NIF} and a NIE {NIE}. Flag both as PII.",
                    "KYC upload: codice fiscale {CODFISC}, issued in Milan.",
                    "Singapore onboarding form: NRIC {NRIC}, FIN of the spouse {NRIC}.",
                    "Payroll import: PESEL {PESEL}, contract type B2B.",
                    "Finnish applicant, personal identity code {HETU}, wants the data deleted.",
                    "Brazilian vendor contact, CPF {CPF}, asked for the invoice in reais.",
                    "Canadian payroll form: SIN {SIN}, start date next Monday.",
                    "Dutch HR export row: BSN {BSN}, contract until year end.",
                    "Australian contractor onboarding: TFN {TFN}, ABN {ABN}.",
                    "Invoice header: ABN {ABN}, GST registered.",
                    "Notebook cell: login(token=\"{HFTOKEN}\") before pushing the model.",
                    "The .npmrc in the repo has //registry.npmjs.org/:_authToken={NPMTOKEN}, rotate it.",
                    "Found in ~/.pypirc in the shared image:\n[pypi]\nusername = __token__\npassword = {PYPITOKEN}",
                    "CI log: echo {DOCKERTOKEN} | docker login -u labs-bot --password-stdin",
                    "Mailer config: SENDGRID_API_KEY={SENDGRIDKEY}",
                    "Twilio credentials pasted in the ticket: api key {TWILIOKEY}, secret in the vault.",
                    "Storefront script has X-Shopify-Access-Token: {SHOPIFYTOKEN}",
                    "Terraform vars: do_token = \"{DOTOKEN}\"",
                    "Shell history: export VAULT_TOKEN={VAULTTOKEN}",
                    "Databricks CLI config: host = https://adb-1234.example.net, token = {DATABRICKSTOKEN}",
                    "The collection runner uses x-api-key: {POSTMANKEY}",
                    "Alerts go to the Discord webhook {DISCORDHOOK} and nobody rotated it.",
                    "Bot config: TELEGRAM_BOT_TOKEN={TELEGRAMTOKEN}",
                    "curl https://api.telegram.org/bot{TELEGRAMTOKEN}/getMe returned the bot profile.",
                    ".env pasted into the ticket:\nHF_TOKEN={HFTOKEN}\nNPM_TOKEN={NPMTOKEN}\nDIGITALOCEAN_TOKEN={DOTOKEN}",
                    "Screenshot OCR of the ID scans: NIE {NIE}, codice fiscale {CODFISC}, PESEL {PESEL}.",
                    "HR merge of the Nordic and Dutch sites: henkilötunnus {HETU}; BSN {BSN}.",
                    "Australian payroll row: TFN {TFN}; ABN {ABN}; super fund pending.",
                    "Secret scan of the image layers: {PYPITOKEN}, {DOCKERTOKEN}, {SENDGRIDKEY} and {SHOPIFYTOKEN}.",
                    "Also in the layers: {DOTOKEN}, {VAULTTOKEN}, {DATABRICKSTOKEN}, {POSTMANKEY} and {DISCORDHOOK}.",
                    "Clinic intake: Medicare card number {MEDICARE}, expiry 04/29.",
                    "Relocation file for the Paris hire: social security number (NIR) {NIR}.",
                    "German payroll export: tax ID (Steuer-ID) {STEUERID}, tax class 1."),
            "de", List.of(
                    "Der Patient hat seine NHS-Nummer {NHS} in den Chat geschrieben.",
                    "Spanische Mitarbeiterin, NIE {NIE}, Steuerklasse unbekannt.",
                    "Im Formular steht die BSN {BSN} des Kunden aus Utrecht.",
                    "Italienischer Kunde, Codice fiscale {CODFISC}, bitte schwärzen.",
                    "Im Build-Log stehen der Hugging-Face-Token {HFTOKEN} und der npm-Token {NPMTOKEN}.",
                    "In der Konfiguration: SENDGRID_API_KEY={SENDGRIDKEY} und VAULT_TOKEN={VAULTTOKEN}",
                    "Der Twilio-Schlüssel {TWILIOKEY} liegt im Repository.",
                    "Discord-Webhook im Code gefunden: {DISCORDHOOK}",
                    "Docker-Login im CI mit {DOCKERTOKEN}, bitte widerrufen.",
                    "Polnische Mitarbeiterin, PESEL {PESEL}, Eintritt zum Monatsersten.",
                    "Meine Steuer-ID ist {STEUERID}, bitte für die Lohnabrechnung übernehmen.",
                    "Im Formular stehen IdNr. {STEUERID} und die Anschrift des Kunden.",
                    "Französischer Kollege, Sozialversicherungsnummer NIR {NIR}."),
            "fr", List.of(
                    "Le client canadien a donné son NAS {SIN} dans le formulaire.",
                    "Numéro d'assurance sociale {SIN} visible sur la capture d'écran.",
                    "Le fournisseur brésilien a indiqué son CPF {CPF} dans l'e-mail.",
                    "Jeton Shopify trouvé dans le thème : {SHOPIFYTOKEN}",
                    "Clé Postman dans la collection partagée : {POSTMANKEY}",
                    "Jeton Databricks {DATABRICKSTOKEN} dans le notebook, à révoquer.",
                    "Le NIF espagnol {NIF} figure dans la facture.",
                    "Jeton PyPI dans le pipeline : TWINE_PASSWORD={PYPITOKEN}",
                    "Mon numéro de sécurité sociale est {NIR}, merci de le corriger.",
                    "Carte Vitale de l'assuré : {NIR}."),
            "es", List.of(
                    "Mi DNI es {NIF}, ¿pueden actualizar la ficha?",
                    "El NIE del trabajador es {NIE} y caduca en marzo.",
                    "Número de NIF {NIF} en la factura del proveedor.",
                    "El token de Telegram {TELEGRAMTOKEN} estaba en el código del bot.",
                    "Token de DigitalOcean en el script de despliegue: {DOTOKEN}",
                    "Clave de Twilio en el .env: TWILIO_API_KEY={TWILIOKEY}",
                    "Mi RUT no, mi CPF brasileño es {CPF}.",
                    "Token de Hugging Face {HFTOKEN} en el notebook compartido.",
                    "Mi número de Medicare australiano es {MEDICARE}."),
            "pt", List.of(
                    "Meu CPF é {CPF}, podem atualizar o cadastro?",
                    "CPF do cliente: {CPF}, pedido aguardando pagamento.",
                    "Token do npm no .npmrc: {NPMTOKEN}",
                    "O token do Vault {VAULTTOKEN} foi exposto no log.",
                    "Chave do SendGrid {SENDGRIDKEY} no repositório.",
                    "O token do Docker Hub {DOCKERTOKEN} estava no Dockerfile.",
                    "Webhook do Discord no código: {DISCORDHOOK}",
                    "Token do Telegram: {TELEGRAMTOKEN}",
                    "Cartão Medicare da Austrália: {MEDICARE}."),
            "ja", List.of(
                    "シンガポールのNRIC {NRIC} が本文に含まれています。",
                    "フィンランドの個人識別コード {HETU} を削除してください。",
                    "ShopifyのトークンはshopifyToken: {SHOPIFYTOKEN} です。",
                    "PyPIのトークン {PYPITOKEN} がCIログに出ています。",
                    "DatabricksのトークンDATABRICKS_TOKEN={DATABRICKSTOKEN}を失効させてください。",
                    "PostmanのAPIキー {POSTMANKEY} がチケットに貼られています。",
                    "オーストラリアのTFN {TFN} が申請書にあります。",
                    "イタリアのcodice fiscale {CODFISC} が含まれています。",
                    "ドイツのSteuer-ID {STEUERID} を削除してください。"),
            "hi", List.of(
                    "मरीज़ का NHS number {NHS} है।",
                    "सिंगापुर का NRIC {NRIC} फ़ॉर्म में है।",
                    "ऑस्ट्रेलियाई ABN {ABN} और TFN {TFN} इनवॉइस पर हैं।",
                    "PESEL {PESEL} वाली पंक्ति हटा दें।",
                    "Finnish पहचान कोड {HETU} चैट में था।",
                    "डच BSN {BSN} स्क्रीनशॉट में दिख रहा है।",
                    "Canadian SIN {SIN} फ़ॉर्म में है।",
                    "Twilio API key {TWILIOKEY} लॉग में है।",
                    "ऑस्ट्रेलियाई Medicare नंबर {MEDICARE} फ़ॉर्म में है।"));

    /** Templates with hard negatives only: checksum-valid numbers that no context word marks as identifiers. */
    static final Map<String, List<String>> NEGATIVE = Map.of(
            "en", List.of(
                    "Order {LUHN9} shipped; the replacement order is {ELEVEN9}.",
                    "Ticket {ELEVEN9} was merged into {LUHN9} yesterday."),
            "de", List.of("Bestellung {LUHN9} und Rechnung {ELEVEN9} sind bezahlt."),
            "fr", List.of("Commande {ELEVEN9}, colis {LUHN9}."),
            "es", List.of("Pedido {LUHN9}, factura {ELEVEN9}."),
            "pt", List.of("Pedido {ELEVEN9}, rastreio {LUHN9}."),
            "ja", List.of("注文番号 {LUHN9}、請求書 {ELEVEN9}。"),
            "hi", List.of("ऑर्डर {LUHN9}, इनवॉइस {ELEVEN9}।"));

    private CorpusTemplatesCatalogue() {
    }
}
