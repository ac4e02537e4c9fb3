package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each validated finding names the structural check its text passed. */
class ExplainedFindingsTest {

    private static final DetectionEngine ENGINE = new DetectionEngine(DetectionSettings.defaults());

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "paid with 4111 1111 1111 1111 today                        | CREDIT_CARD     | luhn",
        "wire to DE89 3704 0044 0532 0130 00 please                 | IBAN_CODE       | mod97",
        "Aadhaar 4973 1862 0554 verified                            | IN_AADHAAR      | verhoeff",
        "refund 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed now       | CRYPTO          | eip55",
        "refund bc1q2jh5m7khzsn6pt4nlm5jxtu27gs3l8hya6zcg8 now      | CRYPTO          | bech32",
        "refund 3BMUBFfEswmm6zWpcnbT7hEjsooRQW6HDw now              | CRYPTO          | base58check",
        "SSN 078-05-1120 on the form                                | US_SSN          | ssa-ranges",
        "NINO AB 12 34 56 C on the payslip                          | UK_NINO         | hmrc-prefixes",
    })
    void findingNamesItsValidator(String text, String type, String validator) {
        Finding finding = ENGINE.scan(text).stream().filter(f -> f.entityType().equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in " + text));

        assertThat(finding.validator()).isEqualTo(validator);
    }
}
