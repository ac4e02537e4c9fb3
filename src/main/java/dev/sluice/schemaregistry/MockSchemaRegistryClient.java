package dev.sluice.schemaregistry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.avro.Schema;

/**
 * In-memory {@link SchemaRegistryClient} for tests and demos. Ids start at 1 and are global like Confluent's: the same
 * schema text gets the same id under every subject, and registering it again under a subject returns its existing id
 * and version. Schemas are compared by their full JSON form ({@link Schema#toString()}). Thread-safe.
 *
 * <p>NOTE: no compatibility check runs on registration, and {@link #isCompatible} returns true except for the
 * subjects passed to {@link #rejectAsIncompatible}. This mock never evaluates Avro compatibility rules.
 */
public class MockSchemaRegistryClient implements SchemaRegistryClient {

    private final Object lock = new Object();
    private final Map<String, Integer> idsBySchemaText = new HashMap<>();
    private final Map<Integer, Schema> schemasById = new HashMap<>();
    private final Map<String, List<Integer>> versionIdsBySubject = new HashMap<>();
    private final Set<String> incompatibleSubjects = new HashSet<>();
    private int nextId = 1;

    @Override
    public int register(String subject, Schema schema) {
        String text = schema.toString();
        synchronized (lock) {
            Integer id = idsBySchemaText.get(text);
            if (id == null) {
                id = nextId++;
                idsBySchemaText.put(text, id);
                schemasById.put(id, schema);
            }
            List<Integer> versions = versionIdsBySubject.computeIfAbsent(subject, s -> new ArrayList<>());
            if (!versions.contains(id)) {
                versions.add(id);
            }
            return id;
        }
    }

    @Override
    public Schema schemaById(int id) {
        synchronized (lock) {
            Schema schema = schemasById.get(id);
            if (schema == null) {
                throw new WireFormatException(WireFormatException.Reason.UNKNOWN_SCHEMA_ID,
                        "Schema id " + id + " not found in the mock registry");
            }
            return schema;
        }
    }

    @Override
    public RegisteredSchema latest(String subject) {
        synchronized (lock) {
            List<Integer> versions = versionsOf(subject);
            int id = versions.get(versions.size() - 1);
            return new RegisteredSchema(id, versions.size(), schemasById.get(id));
        }
    }

    @Override
    public int lookupId(String subject, Schema schema) {
        synchronized (lock) {
            List<Integer> versions = versionsOf(subject);
            Integer id = idsBySchemaText.get(schema.toString());
            if (id == null || !versions.contains(id)) {
                throw new SchemaRegistryException(SchemaRegistryException.Kind.SCHEMA_NOT_FOUND, 404, 40403,
                        "Schema not found under subject " + subject);
            }
            return id;
        }
    }

    @Override
    public boolean isCompatible(String subject, Schema schema) {
        synchronized (lock) {
            return !incompatibleSubjects.contains(subject);
        }
    }

    /** Makes {@link #isCompatible} return false for every schema under {@code subject}. */
    public void rejectAsIncompatible(String subject) {
        synchronized (lock) {
            incompatibleSubjects.add(subject);
        }
    }

    /** Returns the version number of {@code schema} under {@code subject}, counting from 1. */
    public int version(String subject, Schema schema) {
        synchronized (lock) {
            int id = lookupId(subject, schema);
            return versionsOf(subject).indexOf(id) + 1;
        }
    }

    /** Returns the subjects with at least one version, in no particular order. */
    public List<String> subjects() {
        synchronized (lock) {
            return List.copyOf(versionIdsBySubject.keySet());
        }
    }

    private List<Integer> versionsOf(String subject) {
        List<Integer> versions = versionIdsBySubject.get(subject);
        if (versions == null || versions.isEmpty()) {
            throw new SchemaRegistryException(SchemaRegistryException.Kind.SUBJECT_NOT_FOUND, 404, 40401,
                    "Subject " + subject + " not found in the mock registry");
        }
        return versions;
    }
}
