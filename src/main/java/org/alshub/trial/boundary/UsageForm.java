package org.alshub.trial.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The channels a member used in a month; an empty list says "none". */
public class UsageForm {
    public @NotNull @Size(max = 10) List<@NotNull Long> channelIds;
}
