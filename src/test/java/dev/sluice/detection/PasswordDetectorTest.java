package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordDetectorTest {

    private final PasswordDetector detector = new PasswordDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sasl_password=BWfEjL/obAzZ+E90qVzmTm/cK2= — what am I missing? | BWfEjL/obAzZ+E90qVzmTm/cK2=",
        "password: hunter2                                               | hunter2",
        "DB_PASSWORD = 'S3cr3t pass'                                     | S3cr3t pass",
        "{\"api_key\": \"k-12345-abcdef\"}                               | k-12345-abcdef",
        "export AWS_SESSION_TOKEN=IQoJb3JpZ2luX2Vjaq6D+w5                | IQoJb3JpZ2luX2Vjaq6D+w5",
        "client_secret=abc123def;                                       | abc123def",
        "pwd=Xy7.                                                        | Xy7",
        "https://ci.example.com/hook?token=ZXhhbXBsZQ&x=1                | ZXhhbXBsZQ&x=1"
    })
    void findsAssignedValue(String text, String secret) {
        assertThat(Detections.texts(detector, text.strip())).containsExactly(secret.strip());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "curl -O https://deploy:Xq9@Lm!4pz@artifacts.build.example/libs/core-2.3.1.jar | Xq9@Lm!4pz",
        "DATABASE_URL=postgresql://svc_annot:Q7v!mR2x-9Lp@127.0.0.1:7432/labels        | Q7v!mR2x-9Lp",
        "redis://:r3d1sPass@localhost:6379/0                                           | r3d1sPass",
        "see https://svc:t0k3nV4lue@files.build.example/x                              | t0k3nV4lue",
        "psql postgresql://svc:Pa55w0rd#@198.51.100.7:5432/db                           | Pa55w0rd#",
        "https://svc:#Pa55?w0rd@files.build.example/x                                  | #Pa55?w0rd",
        "https://deploy:a#b?c%d!e$f&g*h+i=j;k,l(m)n[o]p~q@files.build.example/x       | a#b?c%d!e$f&g*h+i=j;k,l(m)n[o]p~q",
        "mysql://root:9#x@y#@[2001:db8::7]:3306/app                                    | 9#x@y#",
        "postgresql://svc:1234#@198.51.100.7/db                                        | 1234#",
        "postgresql://svc:ab/cd+ef==@db.example:5432/x                                 | ab/cd+ef==",
        "jdbc:postgresql://labeler:VsRE/aOdJ/Sf=@198.51.100.7:5432/a and more        | VsRE/aOdJ/Sf="
    })
    void findsUrlPassword(String text, String secret) {
        assertThat(Detections.texts(detector, text.strip())).containsExactly(secret.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Login rejects every username/password combination.",
        "request_id=9b2e4c1a-6f3d-4e8b-a1c2-7d5e9f0b3a64 returned 502",
        "token=9b2e4c1a-6f3d-4e8b-a1c2-7d5e9f0b3a64",
        "Password: please reset it",
        "password=${DB_PASSWORD} and secret=******** and token=<redacted>",
        "max_tokens=512 tokens: 300 bypassed",
        "require_password=true",
        "https://example.com:8443/path and http://user@example.com/",
        "private_key=-----BEGIN RSA PRIVATE KEY-----",
        "https://example.com/a#frag",
        "see https://x.example/?q=a@b",
        "https://api.example.com:8443?to=ana@example.org",
        "https://docs.example.com:443#contact@team",
        "http://localhost:3000?next=ana@example.org",
        "https://example.com#a:b@c and https://example.com?t=10:30@venue",
        "Open https://example.com/a#frag: then mail ana@example.org",
        "Ping me at https://example.com: or write: ana:secret @ example",
        "https://api.example.com:8443/v1/users/@me and https://example.com/a/b@c",
        "see https://docs.example.org:443/guide/ and mail ana@example.org"
    })
    void ignoresNonCredential(String text) {
        assertThat(Detections.of(detector, text)).isEmpty();
    }

    @Test
    void findsKeyTouchingOtherScript() {
        assertThat(Detections.texts(detector, "設定password=Secr3t99 です")).containsExactly("Secr3t99");
    }

    @Test
    void ignoresKeyInsideLatinWord() {
        assertThat(Detections.of(detector, "überpassword=Secr3t99")).isEmpty();
    }

    @Test
    void staysLinearOnLongTokenBeforeUrl() {
        String text = "a".repeat(800_000) + " see https://svc:t0k3nV4lue@files.build.example/x";

        assertThat(Detections.texts(detector, text)).containsExactly("t0k3nV4lue");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "My password is kY7mH11n7W#20 and it stopped working            | kY7mH11n7W#20",
        "the password was Tr0ub4dor, then I changed it                  | Tr0ub4dor",
        "Mein Passwort: waIZErNGwxIEBTRQ funktioniert nicht mehr        | waIZErNGwxIEBTRQ",
        "Das Kennwort ist Label4240! seit gestern                       | Label4240!",
        "Mon mot de passe est ufdJD+/EW+SiFj6L26F/8zhC=, il ne marche plus | ufdJD+/EW+SiFj6L26F/8zhC=",
        "Mi contraseña es O4wjQJmQZJ!77 y no funciona                   | O4wjQJmQZJ!77",
        "La clave es Winter6204! desde ayer                             | Winter6204!",
        "A minha senha é WJQRJDbGdP%40, podem verificar?                | WJQRJDbGdP%40",
        "パスワードは509SqpEbLx&20です。ログインできません。             | 509SqpEbLx&20",
        "パスワード: Kafka7322? を入力                                     | Kafka7322?",
        "मेरा पासवर्ड ROTQ1EJQAWwufcU8 है, यह काम नहीं कर रहा।            | ROTQ1EJQAWwufcU8",
        "मेरा पासवर्ड है Winter2361$ कृपया जाँचें                           | Winter2361$"
    })
    void findsPasswordInProse(String text, String secret) {
        assertThat(Detections.texts(detector, text.strip())).containsExactly(secret.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "My password is expired and I need a new one.",
        "The password is Correct, the login fails anyway.",
        "Mein Passwort ist abgelaufen.",
        "Mein Passwort: Bitte zurücksetzen",
        "Mon mot de passe est trop court.",
        "La clave es importante para el proyecto.",
        "A minha senha é muito-longa-demais.",
        "パスワードは変更しました。",
        "मेरा पासवर्ड काम नहीं कर रहा है",
        "Your password is ${USER_PASSWORD} or <redacted>",
        "The passwords are Winter2024! and more",
        "autoclave es Winter2024!"
    })
    void ignoresPasswordWordInProse(String text) {
        assertThat(Detections.of(detector, text)).isEmpty();
    }

    @Test
    void reportsAssignedPasswordOnce() {
        assertThat(Detections.texts(detector, "password: Winter2024! and password=Summer2025?"))
                .containsExactly("Winter2024!", "Summer2025?");
    }
}
