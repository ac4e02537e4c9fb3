package dev.sluice.topology;

import org.apache.kafka.common.header.Headers;

/**
 * One vendor record ready to send: the derived key, the value already serialized in the vendor's schema, and the
 * headers the vendor may see.
 */
record VendorDelivery(String vendor, byte[] key, byte[] value, Headers headers) {
}
