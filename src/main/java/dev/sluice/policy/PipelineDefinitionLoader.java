package dev.sluice.policy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

import dev.sluice.detection.DetectionEngine;
import dev.sluice.detection.DetectionRules;
import dev.sluice.detection.DetectionSettings;

/**
 * Reads and validates {@code pipeline.yaml}. Every error names the file, the line where Jackson can tell it, what is
 * wrong and what would be valid.
 */
public final class PipelineDefinitionLoader {

    static final int SUPPORTED_VERSION = 1;

    // A key written twice would otherwise let the second value silently replace the first (an empty codename
    // list after the real one, a second rule for a field), so duplicates are errors.
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private PipelineDefinitionLoader() {
    }

    public static PipelineDefinition load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            Path parent = file.toAbsolutePath().getParent();
            return load(in, file.toString(), parent == null ? Path.of(".") : parent);
        } catch (NoSuchFileException e) {
            throw new PipelineDefinitionException("Pipeline definition " + file + " not found; set "
                    + "sluice.pipeline.file to the path of a pipeline.yaml");
        } catch (IOException e) {
            throw new PipelineDefinitionException("Cannot read pipeline definition " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads only what detection needs from a pipeline file: its detection settings and vendor names. Vendor policy
     * files are not read, so {@code sluice scan} and {@code sluice policy validate} work while a policy is broken
     * or not written yet. Every other part is validated as {@link #load(Path)} does.
     */
    public static PipelineDetection loadDetection(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            Path parent = file.toAbsolutePath().getParent();
            PipelineFile parsed = parse(in, file.toString());
            PipelineDefinition definition = validate(parsed, file.toString(), parent == null ? Path.of(".") : parent,
                    false);
            Set<String> vendors = new LinkedHashSet<>();
            parsed.vendors.forEach(vendor -> vendors.add(vendor.name));
            return new PipelineDetection(vendors, definition.detectionSettings(), definition.forwardHeaders());
        } catch (NoSuchFileException e) {
            throw new PipelineDefinitionException("Pipeline definition " + file + " not found");
        } catch (IOException e) {
            throw new PipelineDefinitionException("Cannot read pipeline definition " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a definition from {@code in}; dictionary files are looked up relative to the working directory. */
    public static PipelineDefinition load(InputStream in, String source) {
        return load(in, source, Path.of("."));
    }

    /**
     * Reads a definition from {@code in}, named {@code source} in errors; dictionary files named in it are read
     * relative to {@code baseDirectory}.
     */
    public static PipelineDefinition load(InputStream in, String source, Path baseDirectory) {
        return validate(parse(in, source), source, baseDirectory, true);
    }

    private static PipelineFile parse(InputStream in, String source) {
        PipelineFile parsed;
        try {
            byte[] content = in.readAllBytes();
            parsed = new String(content, java.nio.charset.StandardCharsets.UTF_8).isBlank() ? null
                    : YAML.readValue(content, PipelineFile.class);
        } catch (UnrecognizedPropertyException e) {
            throw new PipelineDefinitionException(where(source, e) + ": unknown key '" + yamlPath(e) + "'; valid keys "
                    + "there: " + e.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList(), e);
        } catch (JsonProcessingException e) {
            throw new PipelineDefinitionException(YamlErrors.describe(source, e), e);
        } catch (IOException e) {
            throw new PipelineDefinitionException("Cannot read pipeline definition " + source + ": "
                    + e.getMessage(), e);
        }
        if (parsed == null) {
            throw new PipelineDefinitionException(source + ": the file is empty; it needs at least 'version: 1' and "
                    + "one entry under 'vendors'");
        }
        return parsed;
    }

    /** Returns the path of the offending key as written in YAML, for example {@code vendors[0].colour}. */
    private static String yamlPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String where(String source, JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        return location == null ? source : source + ":" + location.getLineNr();
    }

    /** Validates {@code file}; without {@code withPolicies} the vendors' policy files are neither needed nor read. */
    private static PipelineDefinition validate(PipelineFile file, String source, Path baseDirectory,
            boolean withPolicies) {
        List<String> errors = new ArrayList<>();
        if (file.version != SUPPORTED_VERSION) {
            errors.add("version is " + file.version + "; the only supported version is " + SUPPORTED_VERSION);
        }
        List<VendorFile> vendorFiles = validateVendors(file.vendors, withPolicies, errors);
        Set<String> internal = nonBlankSet(file.internalProjects, "internal_projects", errors);
        for (VendorFile vendor : vendorFiles) {
            for (String project : vendor.projectSet) {
                if (internal.contains(project)) {
                    errors.add("project '" + project + "' is routed to vendor '" + vendor.name
                            + "' but also listed in internal_projects; remove it from one of them");
                }
            }
        }
        List<String> codenames = List.copyOf(nonBlankSet(file.codenames, "codenames", errors));
        List<String> labels = List.copyOf(nonBlankSet(file.confidentialityLabels, "confidentiality_labels", errors));
        List<String> personNames = List.copyOf(nonBlankSet(file.personNames, "person_names", errors));
        Set<String> headers = new LinkedHashSet<>();
        nonBlankSet(file.forwardHeaders, "forward_headers", errors)
                .forEach(header -> headers.add(header.toLowerCase(Locale.ROOT)));
        List<String> regions = validateRegions(file.phoneRegions, errors);
        DetectionRules rules = DetectionSection.toRules(file.detection, baseDirectory, errors);
        DetectionSettings settings = new DetectionSettings(codenames, labels, regions, personNames, rules);
        Set<String> detectorIds = errors.isEmpty() && (withPolicies || !rules.tuning().isEmpty())
                ? detectorIds(settings, errors) : null;
        List<VendorRoute> vendors = !withPolicies ? List.of()
                : VendorPolicies.attach(vendorFiles, headers, settings, detectorIds, baseDirectory, errors);

        if (!errors.isEmpty()) {
            throw new PipelineDefinitionException("Invalid pipeline definition " + source + ":\n  - "
                    + String.join("\n  - ", errors));
        }
        return new PipelineDefinition(file.version, vendors, internal, codenames, labels, headers, regions,
                personNames, rules);
    }

    /**
     * Builds the engine once, so that a tuned detector id that does not exist is reported now, not at startup, and
     * returns its detector ids for the policy checks; null after reporting an error.
     */
    private static Set<String> detectorIds(DetectionSettings settings, List<String> errors) {
        try {
            return new HashSet<>(new DetectionEngine(settings).detectorIds());
        } catch (IllegalArgumentException e) {
            errors.add("detection.detectors: " + e.getMessage());
            return null;
        }
    }

    private static List<VendorFile> validateVendors(List<VendorFile> vendorFiles, boolean withPolicies,
            List<String> errors) {
        List<VendorFile> vendors = new ArrayList<>();
        if (vendorFiles == null || vendorFiles.isEmpty()) {
            errors.add("vendors is empty; define at least one vendor with name, topic and projects");
            return vendors;
        }
        Set<String> names = new HashSet<>();
        Set<String> topics = new HashSet<>();
        for (int i = 0; i < vendorFiles.size(); i++) {
            VendorFile vendor = vendorFiles.get(i);
            String where = "vendors[" + i + "]";
            if (vendor == null || isBlank(vendor.name)) {
                errors.add(where + ".name is missing");
                continue;
            }
            where = "vendor '" + vendor.name + "'";
            if (!TopicNames.isValid(vendor.name)) {
                errors.add(where + ": name may contain only letters, digits, '.', '_' and '-'");
            }
            if (!names.add(vendor.name)) {
                errors.add(where + " is defined twice; vendor names must be unique");
            }
            if (isBlank(vendor.topic)) {
                errors.add(where + ": topic is missing");
            } else if (!TopicNames.isValid(vendor.topic)) {
                errors.add(where + ": topic '" + vendor.topic + "' is not a valid Kafka topic name (1 to 249 of "
                        + "letters, digits, '.', '_' and '-')");
            } else if (!topics.add(vendor.topic)) {
                errors.add(where + ": topic '" + vendor.topic + "' is already used by another vendor; each vendor "
                        + "needs its own topic so that ACLs can separate them");
            }
            Set<String> projects = nonBlankSet(vendor.projects, where + ".projects", errors);
            if (projects.isEmpty()) {
                errors.add(where + ": projects is empty; list the lab projects this vendor receives");
            }
            if (withPolicies && isBlank(vendor.policy)) {
                errors.add(where + ": policy is missing; name the file of the fields and operators this vendor "
                        + "gets, for example policy: policies/" + vendor.name + ".yaml");
            }
            vendor.projectSet = projects;
            vendors.add(vendor);
        }
        return vendors;
    }

    private static List<String> validateRegions(List<String> regions, List<String> errors) {
        if (regions == null || regions.isEmpty()) {
            return DetectionSettings.DEFAULT_PHONE_REGIONS;
        }
        Set<String> supported = PhoneNumberUtil.getInstance().getSupportedRegions();
        List<String> valid = new ArrayList<>();
        for (String region : regions) {
            String upper = region == null ? "" : region.strip().toUpperCase(Locale.ROOT);
            if (!supported.contains(upper)) {
                errors.add("phone_regions: '" + region + "' is not an ISO 3166-1 alpha-2 region known to "
                        + "libphonenumber, for example US, GB or DE");
            } else {
                valid.add(upper);
            }
        }
        return valid;
    }

    private static Set<String> nonBlankSet(List<String> values, String field, List<String> errors) {
        Set<String> result = new LinkedHashSet<>();
        if (values == null) {
            return result;
        }
        for (String value : values) {
            if (isBlank(value)) {
                errors.add(field + " contains an empty entry; remove it");
            } else if (!result.add(value.strip())) {
                errors.add(field + " lists '" + value.strip() + "' twice");
            }
        }
        return result;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** The file as written; validated into a {@link PipelineDefinition}. */
    static final class PipelineFile {
        @JsonProperty("version")
        int version;
        @JsonProperty("vendors")
        List<VendorFile> vendors;
        @JsonProperty("internal_projects")
        List<String> internalProjects;
        @JsonProperty("codenames")
        List<String> codenames;
        @JsonProperty("confidentiality_labels")
        List<String> confidentialityLabels;
        @JsonProperty("person_names")
        List<String> personNames;
        @JsonProperty("forward_headers")
        List<String> forwardHeaders;
        @JsonProperty("phone_regions")
        List<String> phoneRegions;
        @JsonProperty("detection")
        DetectionSection detection;
    }

    /** One vendor entry as written. */
    static final class VendorFile {
        @JsonProperty("name")
        String name;
        @JsonProperty("topic")
        String topic;
        @JsonProperty("projects")
        List<String> projects;
        @JsonProperty("policy")
        String policy;
        /** The projects after validation. */
        @JsonIgnore
        Set<String> projectSet = Set.of();
    }
}
