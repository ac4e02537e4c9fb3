package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressDetectorTest {

    private final IpAddressDetector detector = new IpAddressDetector();

    @ParameterizedTest
    @ValueSource(strings = {
        "203.0.113.57", "192.0.2.1", "198.51.100.255", "0.0.0.0",
        "2001:0db8:4f2a:0000:0000:8a2e:0370:91c3", "2001:db8::1", "::1", "fe80::", "2001:db8::192.0.2.33",
        "::ffff:198.51.100.7", "2001:DB8:0:0:8:800:200C:417A"
    })
    void findsAddress(String address) {
        assertThat(Detections.of(detector, "from " + address + ", blocked")).containsExactly("IP_ADDRESS:" + address);
    }

    @Test
    void findsAddressAtSentenceEnd() {
        assertThat(Detections.texts(detector, "client 203.0.113.57.")).containsExactly("203.0.113.57");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "256.1.1.1", "01.2.3.4", "1.2.3.4.5", "v1.2.3.4", "version 1.2.3.4", "Bumped VERSION to 1.91.2.0",
        "Electron build 22.3.27.1", "release 10.0.0.1", "## [1.91.2.0] - 2026-09-02", "core-2.3.1.jar",
        "std::string::npos", "bind '::'", "at 10:30:45", "mac 00:1a:2b:3c:4d:5e", "2001:db8::1::2",
        "1:2:3:4:5:6:7:8:9", "abc::def", "x::1"
    })
    void ignoresNonAddress(String text) {
        assertThat(Detections.of(detector, text + " end")).isEmpty();
    }

    @Test
    void staysLinearOnDottedSoup() {
        assertThat(Detections.of(detector, "1.1.1.".repeat(8_000))).isEmpty();
    }

    @Test
    void parsesIpv6Forms() {
        assertThat(Ipv6Parser.isValid("1:2:3:4:5:6:7:8")).isTrue();
        assertThat(Ipv6Parser.isValid("1:2:3:4:5:6:1.2.3.4")).isTrue();
        assertThat(Ipv6Parser.isValid("1::1.2.3.4")).isTrue();
        assertThat(Ipv6Parser.isValid("1:2:3:4:5:6:7")).isFalse();
        assertThat(Ipv6Parser.isValid("1:2:3:4:5:6:7::8")).isFalse();
        assertThat(Ipv6Parser.isValid("12345::")).isFalse();
        assertThat(Ipv6Parser.isValid(":1:2:3:4:5:6:7")).isFalse();
        assertThat(Ipv6Parser.isValid("1::2.3.4")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Bitte auf Version 1.87.4.1 aktualisieren", "Versionsnummer: 2.4.1.0", "Actualiza a la versión 1.18.0.1",
        "Atualize para a versão 1.81.9.9", "SDKをバージョン 3.69.0.2 に更新", "कृपया संस्करण 1.87.7.5 पर अपडेट करें",
        "Upgraded the SDK to 1.47.1.9", "updated core deps to 2.1.0.3", "bumped to 4.0.0.1", "Update auf 3.2.1.0",
        "Mettez à jour vers 1.2.3.4"
    })
    void ignoresVersionAfterLocalVersionWord(String text) {
        assertThat(Detections.of(detector, text + " ok")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Bitte auf Version 1.87.4.1 aktualisieren, nicht auf 3.82.6.8.",
        "Mettez à jour vers la version 3.40.3.2 (actuellement 3.23.6.5).",
        "Atualize para a versão 1.81.9.9, não para 3.13.0.4.",
        "कृपया संस्करण 1.49.7.6 पर अपडेट करें, 1.46.4.4 पर नहीं।"
    })
    void ignoresSecondVersionOfList(String text) {
        assertThat(Detections.of(detector, text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "client 203.0.113.57 timed out                                    | 203.0.113.57",
        "requests from 198.51.100.7 fail                                  | 198.51.100.7",
        "IP 192.0.2.10 is blocked                                         | 192.0.2.10",
        "Updated the DNS record to 192.0.2.8                              | 192.0.2.8",
        "Server läuft auf 192.0.2.10                                      | 192.0.2.10",
        "Upgraded to version 2.1.0.4, requests from 198.51.100.7 fail     | 198.51.100.7",
        "Updated to version 1.2.3.4. Client 203.0.113.57 still fails      | 203.0.113.57",
        "Auf Version 1.2.3.4 gehen, nicht auf Host 203.0.113.57           | 203.0.113.57"
    })
    void findsAddressNearVersionWords(String text, String address) {
        assertThat(Detections.texts(detector, text.strip())).containsExactly(address.strip());
    }

    @Test
    void findsAddressOnLineAfterVersion() {
        assertThat(Detections.texts(detector, "version 1.2.3.4\n198.51.100.7 blocked")).containsExactly("198.51.100.7");
    }

    @Test
    void versionCharChecksKeepPatternResults() {
        // The char checks before the version patterns may only skip texts that no pattern matches.
        String[] atoms = {
            "v", "V", "ver", "Version", "VERSION", "version to", "build", "Release", "release-candidate",
            "release candidate", "rc", "RC", "tag", "Versionsnummer", "versión", "VERSIÓN", "versão", "バージョン",
            "संस्करण", "auf Version", "Update auf", "aktualisiert auf", "à jour vers", "à niveau vers", "actualizó a",
            "actualizar a", "atualize para", "atualizou para", "upgraded", "Updated the SDK", "bumped", "pinned", " to",
            "TO", "dns record", "dev", "rev", "tov", "ota", "kafka", "prv", "nav", "\u212A", "\u0130", "\u017F",
            "ß", "é", "日", "#", "##", "[", " ", " ", "\t", ":", "=", "\n", ".", "-", "1", "x", "Q"
        };
        Random random = new Random(20261205L);
        int matches = 0;
        for (int n = 0; n < 3000; n++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(8);
            for (int j = 0; j < length; j++) {
                text.append(atoms[random.nextInt(atoms.length)]);
            }
            String sample = text.toString();
            for (int start = 0; start <= sample.length(); start++) {
                boolean expected = IpAddressDetector.versionPatternsMatch(sample, start);
                assertThat(IpAddressDetector.hasVersionContext(sample, start))
                        .as("version context before %d in \"%s\"", start, sample).isEqualTo(expected);
                matches += expected ? 1 : 0;
            }
        }
        assertThat(matches).as("positions with version context").isGreaterThan(1000);
    }

    @Test
    void contextStartMatchesLastLineBreakSearch() {
        // The bounded backward scan must give what a search for the last line break in the whole text gave.
        String[] atoms = {"\n", "a", " ", "version ", "1.2.3.4", "日本", "x".repeat(39), "y".repeat(41)};
        Random random = new Random(83L);
        for (int n = 0; n < 5000; n++) {
            String text = RandomAtoms.join(random, atoms, 12);
            for (int start = 0; start <= text.length(); start++) {
                int expected = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - 40);
                assertThat(IpAddressDetector.contextStart(text, start)).as("start %d in \"%s\"", start, text)
                        .isEqualTo(expected);
            }
        }
    }
}
