package org.alshub.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The service navigation: items by role, and the one item a page marks. */
class NavigationTest {

    static List<String> texts(List<Navigation.Item> items) {
        return items.stream().map(Navigation.Item::text).toList();
    }

    static List<String> current(String path, boolean signedIn, boolean facilitator) {
        return Navigation.of(path, signedIn, facilitator).stream().filter(Navigation.Item::current)
                .map(Navigation.Item::text).toList();
    }

    @Test
    void eachRoleHasItsOwnItems() {
        assertEquals(List.of("Upcoming workshops", "Do's", "Toolkit", "Join the set", "Sign in"),
                texts(Navigation.of("/dos", false, false)));
        assertEquals(List.of("Workshops", "Projects", "Directory", "Reports", "Do's", "Toolkit", "Trials",
                "Your profile"), texts(Navigation.of("/", true, false)));
        assertEquals(List.of("Workshops", "Projects", "Members", "Reports", "Do's", "Toolkit", "Trials",
                "Your profile"), texts(Navigation.of("/", true, true)));
    }

    @Test
    void aPageMarksTheSectionItBelongsTo() {
        assertEquals(List.of("Directory"), current("/members/7", true, false), "not Your profile too");
        assertEquals(List.of("Your profile"), current("/me", true, false));
        assertEquals(List.of("Members"), current("/join-requests/4", true, true), "join requests are members' business");
        assertEquals(List.of("Workshops"), current("/series/3", true, true));
        assertEquals(List.of("Workshops"), current("/workshops/5/console", true, true));
        assertEquals(List.of("Toolkit"), current("/toolkit/feedback", true, true));
        assertEquals(List.of("Trials"), current("/trials/2/report", true, false));
        assertEquals(List.of("Join the set"), current("/join/status/abc", false, false));
        assertEquals(List.of("Upcoming workshops"), current("/upcoming", false, false));
        assertEquals(List.of(), current("/", true, true), "home is the service name");
        assertEquals(List.of(), current("/joint", false, false), "a section is a whole path segment");
        assertEquals(List.of(), current("/upcoming", true, false), "signed in, the public list is no section");
    }

    @Test
    void aFacilitatorsMembersSectionLinksItsListsOnItsPages() {
        assertEquals(List.of("Members", "Join requests", "Email"), texts(Navigation.within("/join-requests/4", true, true)));
        assertEquals(List.of("Join requests"), Navigation.within("/join-requests/4", true, true).stream()
                .filter(Navigation.Item::current).map(Navigation.Item::text).toList());
        assertEquals(List.of("Members"), Navigation.within("/members/new", true, true).stream()
                .filter(Navigation.Item::current).map(Navigation.Item::text).toList());
        assertEquals(List.of(), Navigation.within("/members", true, false), "officers have the directory only");
        assertEquals(List.of(), Navigation.within("/toolkit", true, true));
    }

    /** Every first segment (sections, near misses and none) with every kind of rest. */
    static List<String> paths() {
        List<String> paths = new ArrayList<>();
        for (String first : List.of("", "workshops", "series", "members", "me", "join", "join-requests", "toolkit",
                "trials", "dos", "reports", "projects", "upcoming", "sign-in", "mem", "toolkits")) {
            for (String rest : List.of("", "/1", "/new", "/feedback", "/2/change", "/status/x")) {
                paths.add("/" + first + (first.isEmpty() ? "" : rest));
            }
        }
        return paths;
    }

    /** Every path above, signed out, signed in, and signed in as a facilitator. */
    @Test
    void noPageMarksTwoItems() {
        for (String path : paths()) {
            for (boolean signedIn : new boolean[]{false, true}) {
                for (boolean facilitator : new boolean[]{false, true}) {
                    List<String> marked = current(path, signedIn, signedIn && facilitator);
                    assertTrue(marked.size() <= 1, () -> path + (signedIn ? " signed in" : " signed out")
                            + (signedIn && facilitator ? " as a facilitator" : "") + " marks " + marked);
                }
            }
        }
    }
}
