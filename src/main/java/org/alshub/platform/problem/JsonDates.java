package org.alshub.platform.problem;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.alshub.platform.Years;

/**
 * JSON-B for the API, reading dates and times only within {@link Years}: "+999999-01-01" is
 * refused while the body is read (400 naming the field), before any service or database sees it.
 */
public class JsonDates implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withDeserializers(new LocalDates(), new LocalDateTimes()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** A date outside the years allowed; its message is the rule, worded for the field. */
    public static final class OutOfRange extends JsonbException {
        public OutOfRange() {
            super(Years.RULE);
        }
    }

    /** "2013-01-23", within the years allowed. */
    public static final class LocalDates implements JsonbDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return within(parser, LocalDate::parse, LocalDate::getYear);
        }
    }

    /** "2013-01-23T10:00", within the years allowed. */
    public static final class LocalDateTimes implements JsonbDeserializer<LocalDateTime> {
        @Override
        public LocalDateTime deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return within(parser, LocalDateTime::parse, LocalDateTime::getYear);
        }
    }

    private static <T> T within(JsonParser parser, Function<String, T> parse, ToIntFunction<T> year) {
        T value;
        try {
            value = parse.apply(parser.getString());
        } catch (DateTimeException | IllegalStateException e) {
            throw new JsonbException("not a date", e);
        }
        if (!Years.plausible(year.applyAsInt(value))) {
            throw new OutOfRange();
        }
        return value;
    }
}
