package dev.sluice.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Tests of the MAC address and cryptocurrency wallet detectors. The Bitcoin addresses are generated for these
 * tests from random payloads with the base58check and BIP 173 / BIP 350 reference algorithms. The Ethereum
 * addresses are the EIP-55 specification's examples.
 */
class NetworkAndWalletDetectorsTest {

    private static final String P2PKH = "16nUHaFQ5FVqPgHJ9S8WV37c6twdyiwJqH";
    private static final String P2SH = "3BMUBFfEswmm6zWpcnbT7hEjsooRQW6HDw";
    private static final String SEGWIT_V0 = "bc1q2jh5m7khzsn6pt4nlm5jxtu27gs3l8hya6zcg8";
    private static final String SEGWIT_V0_SCRIPT = "bc1qj8zmzzlvk4trhlq7d7f5ylkterlzj409ek8ydhyw6jmuyajd9fdqe4x4ql";
    private static final String TAPROOT = "bc1pf4m8wphctkrfqqj26676xsqma8yvhnxfxhmv68mpyf4wz5ec4cdqwrcmw5";
    private static final String TAPROOT_WITH_BECH32_CHECKSUM =
            "bc1pxsqy6va6p5jx4szvsxcm4u3780u7aa0hnu45jd90sl64yzmfh99skasvg9";
    private static final String EIP55 = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";

    private final MacAddressDetector mac = new MacAddressDetector();
    private final CryptoWalletDetector crypto = new CryptoWalletDetector();

    @Test
    void macFindsColonDashAndCiscoForms() {
        String text = "eth0 00:1A:2B:3C:4D:5E, wlan 3c-22-fb-9a-10-0e, switch port 001a.2b3c.4d5e.";

        assertThat(Detections.texts(mac, text)).containsExactly("00:1A:2B:3C:4D:5E", "3c-22-fb-9a-10-0e",
                "001a.2b3c.4d5e");
    }

    @Test
    void macKeepsZeroAndBroadcastAddresses() {
        assertThat(Detections.texts(mac, "src 00:00:00:00:00:0A dst ff:ff:ff:ff:ff:ff")).containsExactly(
                "00:00:00:00:00:0A", "ff:ff:ff:ff:ff:ff");
    }

    @Test
    void macRejectsMixedSeparatorsAndLongerRuns() {
        String text = "00:1A-2B:3C:4D:5E, 2001:db8:aa:bb:cc:dd:ee:ff, 00:1a:2b:3c:4d:5e:6f, x00:1a:2b:3c:4d:5e";

        assertThat(Detections.texts(mac, text)).isEmpty();
    }

    @Test
    void macRejectsDecimalOnlyGroups() {
        assertThat(Detections.texts(mac, "build 2024.1105.0930, ref 12-34-56-78-90-12")).isEmpty();
    }

    @Test
    void cryptoFindsBase58Addresses() {
        assertThat(Detections.texts(crypto, "send to " + P2PKH + " or " + P2SH + ".")).containsExactly(P2PKH, P2SH);
    }

    @Test
    void cryptoRejectsBase58WithBadChecksum() {
        String flipped = P2PKH.substring(0, 10) + (P2PKH.charAt(10) == 'a' ? 'b' : 'a') + P2PKH.substring(11);

        assertThat(Detections.texts(crypto, flipped)).isEmpty();
        assertThat(CryptoWalletDetector.isBase58CheckAddress(P2PKH)).isTrue();
    }

    @Test
    void cryptoFindsSegwitAddresses() {
        String text = SEGWIT_V0 + " " + SEGWIT_V0_SCRIPT + " " + TAPROOT + " " + SEGWIT_V0.toUpperCase();

        assertThat(Detections.texts(crypto, text)).containsExactly(SEGWIT_V0, SEGWIT_V0_SCRIPT, TAPROOT,
                SEGWIT_V0.toUpperCase());
    }

    @Test
    void cryptoRejectsSegwitWithWrongChecksumOrCase() {
        String mixedCase = "bc1Q" + SEGWIT_V0.substring(4);
        String typo = SEGWIT_V0.substring(0, SEGWIT_V0.length() - 1) + "9";

        assertThat(Detections.texts(crypto, TAPROOT_WITH_BECH32_CHECKSUM)).isEmpty();
        assertThat(Detections.texts(crypto, mixedCase)).isEmpty();
        assertThat(Detections.texts(crypto, typo)).isEmpty();
    }

    @Test
    void cryptoFindsEthereumAddresses() {
        String lower = EIP55.toLowerCase();
        String text = "wallet " + EIP55 + ", old " + lower + ", also 0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359";

        assertThat(Detections.texts(crypto, text)).containsExactly(EIP55, lower,
                "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359");
    }

    @Test
    void cryptoRejectsEthereumWithBadChecksum() {
        String oneLetterFlipped = "0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";

        assertThat(Detections.texts(crypto, oneLetterFlipped)).isEmpty();
        assertThat(Detections.texts(crypto, EIP55 + "0")).isEmpty();
    }

    @Test
    void cryptoIgnoresHashesAndUuids() {
        String text = "commit 3f786850e387550fdab836ed7e6dc881de23001b uuid 123e4567-e89b-12d3-a456-426614174000 "
                + "sha 1a79a4d60de6718e8e5b326e338ae533";

        assertThat(Detections.texts(crypto, text)).isEmpty();
    }

    @Test
    void keccakMatchesEmptyInputDigest() {
        assertThat(HexFormat.of().formatHex(Keccak256.digest("")))
                .isEqualTo("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
    }
}
