package dev.sluice.policy;

import java.util.Collection;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Turns Jackson's YAML errors into messages for the people who write the files: {@code file:line: key: what is
 * wrong}, with the expected kind of value in words ("a number", "a list such as [a, b]") instead of Java class names.
 */
public final class YamlErrors {

    private YamlErrors() {
    }

    /** Returns {@code source:line: key: problem} for {@code e}. */
    public static String describe(String source, JsonProcessingException e) {
        String key = path(e);
        return where(source, e) + ": " + (key.isEmpty() ? "" : key + ": ") + problem(e);
    }

    /** Returns the path of the offending key as written in YAML, for example {@code vendors[0].colour}. */
    public static String path(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping)) {
            return "";
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Returns {@code source:line}, or {@code source} when Jackson cannot tell the line. */
    public static String where(String source, JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        return location == null ? source : source + ":" + location.getLineNr();
    }

    private static String problem(JsonProcessingException e) {
        if (e instanceof InvalidFormatException invalid) {
            return "'" + invalid.getValue() + "' is not " + expected(invalid.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "expected " + expected(mismatched.getTargetType());
        }
        return e.getOriginalMessage();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list such as [a, b]";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "a map of keys to values";
        }
        if (type == Double.class || type == double.class || type == Float.class || type == float.class) {
            return "a number such as 0.7";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a text value";
        }
        return "a section with keys";
    }
}
