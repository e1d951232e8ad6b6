package org.alshub.it;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.alshub.testing.RandomText;

/**
 * Hostile request bodies: hand-picked classics plus {@value #GENERATED} generated objects of every
 * shape, drawn by {@code new Random(SEED)} with {@code SEED = 20261207}: every run throws the same
 * bodies, so a body a failure prints can be thrown again.
 */
final class BadInput {

    static final int PER_ENDPOINT = 14;

    /** The seed of the generated bodies. */
    static final long SEED = 20261207L;

    /** How many generated bodies follow the hand-picked ones. */
    static final int GENERATED = 60;

    /** Values that mean something somewhere. */
    private static final List<String> WORDS = List.of("", " ", "null", "true", "0", "-1", "2013-01-23", "10:00",
            "GOING", "DONE", "OFFICER");

    private static final List<String> FIELDS = List.of("title", "name", "email", "start", "end", "rule",
            "startTime", "durationMinutes", "question", "answer", "note", "status", "description", "ownerId",
            "workshopId", "memberIds", "password", "newPassword", "role", "affiliations", "capacity", "timeZone",
            "how", "tags", "kind", "stage", "summary", "rating", "comment", "channels", "channelIds", "from",
            "firstMonth", "lastMonth", "due", "guestName", "reason", "website");

    private BadInput() {
    }

    static List<String> bodies() {
        List<String> bodies = new ArrayList<>(List.of(
                "", "{", "[", "nul", "{\"title\":", "{\"title\" \"x\"}", "[]", "[{}]", "\"just a string\"", "42",
                "{\"title\":\"" + "x".repeat(1_000_000) + "\"}",
                "{\"name\":\"\\u0000\\u0007\\u001b[31m\",\"email\":\"a\\u0000@b.test\"}",
                "{\"title\":\"\\ud800\",\"name\":\"\\udfff\\ud800\",\"question\":\"\\ud83d\"}",
                "{\"title\":\"'; drop table member; --\",\"name\":\"x' or '1'='1\",\"question\":\"1; delete from workshop\"}",
                "{\"title\":\"<script>alert(1)</script>\",\"name\":\"<img src=x onerror=alert(1)>\"}",
                "{\"start\":\"2027-02-30T10:00\",\"end\":\"25:00\",\"startTime\":\"99:99\",\"due\":\"yesterday\"}",
                "{\"ownerId\":-1,\"workshopId\":9223372036854775807,\"memberIds\":[null,\"x\"],\"capacity\":-5}",
                "{\"durationMinutes\":1e309,\"rating\":\"five\",\"capacity\":1.5}",
                "{\"affiliations\":\"OFFICER\",\"tags\":{},\"channels\":[[]],\"channelIds\":\"1,2\"}"));
        Random random = new Random(SEED);
        for (int i = 0; i < GENERATED; i++) {
            bodies.add(object(random, random.nextInt(7)));
        }
        return bodies;
    }

    /**
     * An object of {@code size} fields picked from FIELDS (repeats allowed), each null, a number, a
     * boolean, an array, an object or a string, plus one field no endpoint expects.
     */
    private static String object(Random random, int size) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        for (int i = 0; i < size; i++) {
            String field = FIELDS.get(random.nextInt(FIELDS.size()));
            int kind = random.nextInt(7);
            String value = text(random);
            switch (kind) {
                case 0 -> object.addNull(field);
                case 1 -> object.add(field, value.length());
                case 2 -> object.add(field, value.isEmpty());
                case 3 -> object.add(field, Json.createArrayBuilder().add(value));
                case 4 -> object.add(field, Json.createObjectBuilder().add("x", value));
                default -> object.add(field, value);
            }
        }
        object.add("unexpected" + size, "extra field");
        return object.build().toString();
    }

    /** Any text up to 40 chars (unpaired surrogates too), up to 10 control characters, or a telling word. */
    private static String text(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> RandomText.any(random, 40);
            case 1 -> RandomText.between(random, '\u0000', '\u001f', 10);
            default -> WORDS.get(random.nextInt(WORDS.size()));
        };
    }

    /** Why an answer is not acceptable, or null when it is. */
    static String problemWith(Api.Answer answer) {
        if (answer.status() >= 500) {
            return "answered " + answer.status() + " " + snippet(answer.body());
        }
        if (answer.status() >= 400) {
            if (!answer.header("Content-Type").orElse("").startsWith("application/problem+json")) {
                return "refused without a problem document: " + answer.status();
            }
            if (answer.body().matches("(?s).*(Exception|\\bat org\\.|java\\.|SQL|derby|eclipse).*")) {
                return "leaks internals: " + snippet(answer.body());
            }
        }
        return null;
    }

    static String describe(String body) {
        return body.length() > 80 ? snippet(body) + " (" + body.length() + " chars)" : body;
    }

    private static String snippet(String text) {
        return text.length() > 200 ? text.substring(0, 200) : text;
    }
}
