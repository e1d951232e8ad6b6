package org.alshub.privacy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.Table;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;
import org.junit.jupiter.api.Test;

/**
 * Export and erasure cannot miss a feature: every entity attribute that holds a member's id (read
 * from the JPA metamodel of the app's own persistence unit) and every column that references
 * member(id) in sql/ must sit in a table some {@link PersonalDataSource} names.
 */
class PersonalDataCoverageTest {

    /** Attribute names that hold a member's id: the author, owner, raiser, inviter, the member... */
    static final Pattern MEMBER_ID = Pattern.compile("(author|owner|member|facilitator|actor)(Id)?"
            + "|(raised|invited|created|recorded|decided|hidden|approved|added|given|sent|answered)By",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TABLE = Pattern.compile("create table (\\w+) \\((.*?)\\n\\);", Pattern.DOTALL);
    private static final Pattern REFERENCE = Pattern.compile("^\\s*(\\w+) .*references member\\(id\\)", Pattern.MULTILINE);

    /** No customizer in the test: the app's counts SQL through MicroProfile Config, absent here. */
    public static final class NoCustomizer implements SessionCustomizer {
        @Override
        public void customize(Session session) {
        }
    }

    @Test
    void everyEntityHoldingAMembersIdHasAPersonalDataSource() throws Exception {
        TreeMap<String, String> holders = new TreeMap<>();
        EntityManagerFactory factory = Persistence.createEntityManagerFactory("als", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.driver", "org.apache.derby.jdbc.EmbeddedDriver",
                "jakarta.persistence.jdbc.url", "jdbc:derby:memory:metamodel;create=true",
                "eclipselink.session.customizer", NoCustomizer.class.getName()));
        try {
            for (EntityType<?> entity : factory.getMetamodel().getEntities()) {
                for (Attribute<?, ?> attribute : entity.getAttributes()) {
                    if (MEMBER_ID.matcher(attribute.getName()).matches()) {
                        holders.merge(table(entity.getJavaType()), entity.getName() + "." + attribute.getName(),
                                (a, b) -> a + ", " + b);
                    }
                }
            }
            assertTrue(factory.getMetamodel().getEntities().size() >= 20, "the metamodel was read");
        } finally {
            factory.close();
        }
        TreeSet<String> covered = coveredTables();
        TreeMap<String, String> missing = new TreeMap<>(holders);
        missing.keySet().removeAll(covered);
        assertEquals(new TreeMap<>(), missing, "entities holding a member's id that no PersonalDataSource exports and erases");
        assertTrue(holders.containsKey("practice") && holders.containsKey("toolkit_feedback"), holders.toString());
    }

    @Test
    void everyTableReferencingAMemberHasAPersonalDataSource() throws Exception {
        TreeMap<String, String> holders = new TreeMap<>();
        try (Stream<Path> changelogs = Files.list(Path.of("sql"))) {
            for (Path changelog : changelogs.filter(p -> p.toString().endsWith(".sql")).toList()) {
                Matcher table = TABLE.matcher(Files.readString(changelog));
                while (table.find()) {
                    Matcher column = REFERENCE.matcher(table.group(2));
                    while (column.find()) {
                        holders.merge(table.group(1), column.group(1), (a, b) -> a + ", " + b);
                    }
                }
            }
        }
        TreeMap<String, String> missing = new TreeMap<>(holders);
        missing.keySet().removeAll(coveredTables());
        assertEquals(new TreeMap<>(), missing, "tables referencing member(id) that no PersonalDataSource names");
        assertTrue(holders.containsKey("practice_try") && holders.containsKey("indexed_record"), holders.toString());
    }

    private static String table(Class<?> entity) {
        Table table = entity.getAnnotation(Table.class);
        return table != null ? table.name() : entity.getSimpleName().toLowerCase(Locale.ROOT);
    }

    /** The tables named by every source in the app, each made with its no-argument constructor. */
    static TreeSet<String> coveredTables() throws Exception {
        Path classes = Path.of(PersonalDataSource.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        TreeSet<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, PersonalDataCoverageTest.class.getClassLoader());
                if (PersonalDataSource.class.isAssignableFrom(type) && !type.isInterface()) {
                    tables.addAll(((PersonalDataSource) type.getDeclaredConstructor().newInstance()).tables());
                }
            }
        }
        return tables;
    }
}
