package org.alshub.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.alshub.platform.security.Roles;

/** The frame of every page: GOV.UK template, service navigation, skip link, footer. */
public final class Layout {

    /** Where the GOV.UK Frontend WebJar's files are served from (its META-INF/resources). */
    public static final String FRONTEND = "/webjars/govuk-frontend/5.14.0/dist/govuk";

    private Layout() {
    }

    private record Item(String href, String text) {
    }

    /** A whole page. A title of a form sent back with errors starts with "Error: ", as GOV.UK asks. */
    public static Html page(HttpServletRequest request, String title, Html main) {
        return Html.of("""
                <!DOCTYPE html>
                <html lang="en-GB" class="govuk-template">
                <head>
                <meta charset="utf-8">
                <title>{} – ALS Hub</title>
                <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
                <link rel="icon" sizes="48x48" href="/assets/images/favicon.ico">
                <link rel="stylesheet" href="{}/govuk-frontend.min.css">
                <link rel="stylesheet" href="/static/app.css">
                </head>
                <body class="govuk-template__body">
                <a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
                {}
                <div class="govuk-width-container">
                <main class="govuk-main-wrapper" id="main-content">
                {}
                </main>
                </div>
                <footer class="govuk-footer"><div class="govuk-width-container"><div class="govuk-footer__meta">
                <div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
                <p class="govuk-body-s">ALS Hub runs a council's Action Learning Set.</p></div>
                </div></div></footer>
                <script type="module" src="/static/app.mjs"></script>
                </body>
                </html>
                """, title, Html.of(FRONTEND), navigation(request), main);
    }

    private static Html navigation(HttpServletRequest request) {
        List<Item> items = new ArrayList<>();
        boolean signedIn = request.getUserPrincipal() != null;
        if (signedIn) {
            items.add(new Item("/", "Home"));
            items.add(new Item("/workshops", "Workshops"));
            items.add(new Item("/projects", "Projects"));
            items.add(new Item("/reports", "Reports"));
            items.add(new Item("/members", request.isUserInRole(Roles.FACILITATOR) ? "Members" : "Directory"));
            items.add(new Item("/me", "Your profile"));
        }
        items.add(new Item("/dos", "Do's"));
        items.add(new Item("/toolkit", "Toolkit"));
        if (signedIn) {
            items.add(new Item("/trials", "Channel trial"));
        }
        if (request.isUserInRole(Roles.FACILITATOR)) {
            items.add(new Item("/join-requests", "Join requests"));
        }
        if (!signedIn) {
            items.add(new Item("/join", "Join the set"));
            items.add(new Item("/sign-in", "Sign in"));
        }
        String path = request.getRequestURI();
        Html links = Html.each(items, item -> {
            boolean current = item.href().equals("/") ? path.equals("/") : path.startsWith(item.href());
            return current
                    ? Html.of("""
                            <li class="govuk-service-navigation__item govuk-service-navigation__item--active">
                            <a class="govuk-service-navigation__link" href="{}" aria-current="true">
                            <strong class="govuk-service-navigation__active-fallback">{}</strong></a></li>
                            """, item.href(), item.text())
                    : Html.of("""
                            <li class="govuk-service-navigation__item">
                            <a class="govuk-service-navigation__link" href="{}">{}</a></li>
                            """, item.href(), item.text());
        });
        Html signOut = signedIn ? Html.of("""
                <li class="govuk-service-navigation__item">
                <form method="post" action="/sign-out" class="app-inline-form">{}
                <button type="submit" class="govuk-service-navigation__link app-link-button">Sign out</button></form></li>
                """, Csrf.field(request)) : Html.EMPTY;
        // a guest's private invitation page stays about their invitation: no menu to wander off by
        boolean guestPage = request.getRequestURI().startsWith("/invitations/");
        Html nav = guestPage ? Html.EMPTY : Html.of("""
                <nav aria-label="Menu" class="govuk-service-navigation__wrapper">
                <button type="button" class="govuk-service-navigation__toggle govuk-js-service-navigation-toggle"
                 aria-controls="navigation" hidden>Menu</button>
                <ul class="govuk-service-navigation__list" id="navigation">{}{}</ul>
                </nav>
                """, links, signOut);
        return Html.of("""
                <header class="govuk-service-navigation" data-module="govuk-service-navigation">
                <div class="govuk-width-container"><div class="govuk-service-navigation__container">
                <span class="govuk-service-navigation__service-name">
                <a href="/" class="govuk-service-navigation__link">ALS Hub</a></span>
                {}
                </div></div>
                </header>
                """, nav);
    }
}
