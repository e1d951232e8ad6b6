package org.alshub.workshop.boundary;

import org.alshub.platform.problem.ProblemException;
import org.alshub.workshop.entity.MonthlyRule;

final class Rules {

    private Rules() {
    }

    /** A rule from the user's words, or a 400 naming the field with the rule's own advice. */
    static MonthlyRule parse(String field, String words) {
        try {
            return MonthlyRule.parse(words);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, e.getMessage());
        }
    }
}
