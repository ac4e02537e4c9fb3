package dev.sluice.topology;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * A topic name with the serdes of its keys and values, defined once and used wherever the topology reads or writes
 * the topic.
 */
public record TopicSpec<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {

    public Consumed<K, V> consumed(String processorName) {
        return Consumed.with(keySerde, valueSerde).withName(processorName);
    }

    public Produced<K, V> produced(String processorName) {
        return Produced.with(keySerde, valueSerde).withName(processorName);
    }

    /** Produces values that a processor already serialized with {@link #valueSerde()}. */
    public Produced<K, byte[]> producedSerialized(String processorName) {
        return Produced.with(keySerde, Serdes.ByteArray()).withName(processorName);
    }
}
