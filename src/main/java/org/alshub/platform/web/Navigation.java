package org.alshub.platform.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The service navigation: the sections each kind of person can reach, and which one the page they
 * are on belongs to. The service name ("ALS Hub") is the link home. At most one item is current:
 * the section whose address the path is, or lies under, the longest such one winning; a page of no
 * section (home) marks none. What is not a section of its own sits under the one it belongs to
 * (a series under Workshops, join requests and email under Members), so the row fits 1280 px for every role;
 * a section of several lists of its own links between them on its pages ({@link #within}).
 */
public final class Navigation {

    /** One item of the row; {@code current} on the section the page belongs to. */
    public record Item(String href, String text, boolean current) {
    }

    /** A section: its name and its addresses, the first one the item's link. */
    private record Section(String text, String... paths) {

        /** How closely {@code path} belongs here: the length of the longest address it is under, or 0. */
        int match(String path) {
            int best = 0;
            for (String section : paths) {
                if (path.equals(section) || path.startsWith(section + "/")) {
                    best = Math.max(best, section.length());
                }
            }
            return best;
        }
    }

    private Navigation() {
    }

    public static List<Item> of(String path, boolean signedIn, boolean facilitator) {
        List<Section> sections = new ArrayList<>();
        if (signedIn) {
            sections.add(new Section("Workshops", "/workshops", "/series"));
            sections.add(new Section("Projects", "/projects"));
            sections.add(facilitator ? new Section("Members", "/members", "/join-requests", "/email")
                    : new Section("Directory", "/members"));
            sections.add(new Section("Reports", "/reports"));
        } else {
            sections.add(new Section("Upcoming workshops", "/upcoming"));
        }
        sections.add(new Section("Do's", "/dos"));
        sections.add(new Section("Toolkit", "/toolkit"));
        if (signedIn) {
            sections.add(new Section("Trials", "/trials"));
            sections.add(new Section("Your profile", "/me"));
        } else {
            sections.add(new Section("Join the set", "/join"));
            sections.add(new Section("Sign in", "/sign-in"));
        }
        return marked(sections, path);
    }

    /**
     * The links within the section a page belongs to, when it has lists of its own beside the one
     * its item leads to (a facilitator's Members: the members, the join requests and the email); else none.
     */
    public static List<Item> within(String path, boolean signedIn, boolean facilitator) {
        if (!signedIn || !facilitator) {
            return List.of();
        }
        List<Section> members = List.of(new Section("Members", "/members"), new Section("Join requests", "/join-requests"),
                new Section("Email", "/email"));
        return members.stream().anyMatch(s -> s.match(path) > 0) ? marked(members, path) : List.of();
    }

    private static List<Item> marked(List<Section> sections, String path) {
        int best = sections.stream().mapToInt(s -> s.match(path)).max().orElse(0);
        return sections.stream().map(s -> new Item(s.paths()[0], s.text(), best > 0 && s.match(path) == best))
                .toList();
    }
}
