package org.alshub.it;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Hostile request bodies: hand-picked classics plus jqwik-generated objects of every shape. */
final class BadInput {

    static final int PER_ENDPOINT = 14;

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
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(10),
                Arbitraries.of("", " ", "null", "true", "0", "-1", "2013-01-23", "10:00", "GOING", "DONE", "OFFICER"));
        for (String body : Arbitraries.integers().between(0, 6).flatMap(size -> objects(text, size))
                .sampleStream().limit(60).toList()) {
            bodies.add(body);
        }
        return bodies;
    }

    private static Arbitrary<String> objects(Arbitrary<String> text, int size) {
        return Arbitraries.of(FIELDS).list().ofSize(size).flatMap(fields ->
                Arbitraries.integers().between(0, 6).list().ofSize(fields.size()).flatMap(kinds ->
                        text.list().ofSize(fields.size()).map(values -> {
                            JsonObjectBuilder object = Json.createObjectBuilder();
                            for (int i = 0; i < fields.size(); i++) {
                                String value = values.get(i);
                                switch (kinds.get(i)) {
                                    case 0 -> object.addNull(fields.get(i));
                                    case 1 -> object.add(fields.get(i), value.length());
                                    case 2 -> object.add(fields.get(i), value.isEmpty());
                                    case 3 -> object.add(fields.get(i), Json.createArrayBuilder().add(value));
                                    case 4 -> object.add(fields.get(i), Json.createObjectBuilder().add("x", value));
                                    default -> object.add(fields.get(i), value);
                                }
                            }
                            object.add("unexpected" + size, "extra field");
                            return object.build().toString();
                        })));
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
