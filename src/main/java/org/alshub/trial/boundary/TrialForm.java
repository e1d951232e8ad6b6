package org.alshub.trial.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A trial: its channels and its first and last month ("2013-01"). */
public class TrialForm {
    public @NotBlank @Size(max = 200) String title;
    public @NotNull @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "must be a month such as 2013-01") String firstMonth;
    public @NotNull @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "must be a month such as 2013-06") String lastMonth;
    public @NotNull @Size(min = 1, max = 10) List<@NotBlank @Size(max = 100) String> channels;
}
