package org.alshub.trial.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.alshub.platform.Csv;
import org.alshub.platform.Page;
import org.alshub.platform.Paging;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.security.CurrentUser;
import org.alshub.platform.security.Roles;
import org.alshub.trial.control.Trials;
import org.alshub.trial.entity.ChannelTrial;
import org.alshub.trial.entity.TrialReport;
import org.alshub.trial.entity.TrialResults;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("trials")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrialsResource {

    @Inject
    Trials trials;

    @Inject
    CurrentUser user;

    /** The report as JSON: the trial, then its months in order and the whole period. */
    public record Report(long trialId, String title, List<MonthRow> months,
                         List<TrialResults.ChannelCount> overall, List<String> ahead) {
    }

    /** One month of the report; the month as "2013-01". */
    public record MonthRow(String month, long respondents, long usedNone, List<TrialResults.ChannelCount> channels,
                           List<String> ahead) {
    }

    @POST
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "Start a channel trial: title, firstMonth and lastMonth (\"2013-01\"), channels (names).")
    public Response start(@Valid @NotNull TrialForm form, @Context UriInfo uri) {
        ChannelTrial trial = trials.start(form.title, month("firstMonth", form.firstMonth),
                month("lastMonth", form.lastMonth), form.channels.stream().map(String::strip).toList());
        return Response.created(uri.getAbsolutePathBuilder().path(trial.id().toString()).build())
                .entity(view(trial)).build();
    }

    @POST
    @Path("{id}/end")
    @RolesAllowed(Roles.FACILITATOR)
    @Operation(summary = "End a running trial: it takes no more answers, and months not yet begun leave it. "
            + "A trial that has not begun cannot be ended (409).")
    public TrialView end(@PathParam("id") long id) {
        return view(trials.end(id, java.util.OptionalInt.empty()));
    }

    @GET
    @RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
    @Operation(summary = "Channel trials, latest first.")
    public Page<TrialView> list(@QueryParam("page") @DefaultValue("0") int page,
                                @QueryParam("size") @DefaultValue("20") int size) {
        Paging.check(page, size);
        return trials.list(page, size).map(this::view);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
    @Operation(summary = "A trial, its channels, and what you have said so far.")
    public TrialView get(@PathParam("id") long id) {
        return view(trials.require(id));
    }

    @PUT
    @Path("{id}/months/{month}")
    @RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
    @Operation(summary = "Say which channels you used in a month of the trial: {\"channelIds\":[...]}; "
            + "an empty list says none. Saying it again replaces your answer.")
    public TrialView used(@PathParam("id") long id, @PathParam("month") String month, @Valid @NotNull UsageForm form) {
        trials.report(id, user.requireMemberId(), month("month", month), new HashSet<>(form.channelIds));
        return view(trials.require(id));
    }

    @GET
    @Path("{id}/report")
    @RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
    @Operation(summary = "Per month and per channel, how many members used it, how many used none, and which is ahead.")
    public Report report(@PathParam("id") long id) {
        ChannelTrial trial = trials.require(id);
        TrialResults results = trials.results(id);
        return new Report(id, trial.title(), results.months().stream().map(m -> new MonthRow(m.month().toString(),
                m.respondents(), m.usedNone(), m.channels(), m.ahead())).toList(), results.overall(), results.ahead());
    }

    @GET
    @Path("{id}/report.csv")
    @Produces(Csv.MEDIA_TYPE)
    @RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
    @Operation(summary = "The report as CSV: a row per month, a column per channel, then who is ahead.")
    public Response reportCsv(@PathParam("id") long id) {
        trials.require(id);
        TrialResults results = trials.results(id);
        List<Object> header = new ArrayList<>(List.of("month", "respondents", "none"));
        results.overall().forEach(c -> header.add(c.channel()));
        header.add("ahead");
        StringBuilder csv = new StringBuilder(Csv.row(header));
        for (TrialResults.Month month : results.months()) {
            List<Object> row = new ArrayList<>(List.of(month.month().toString(), month.respondents(), month.usedNone()));
            month.channels().forEach(c -> row.add(c.members()));
            row.add(String.join(" and ", month.ahead()));
            csv.append(Csv.row(row));
        }
        return Response.ok(csv.toString(), Csv.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"channel-trial-" + id + ".csv\"").build();
    }

    private TrialView view(ChannelTrial trial) {
        Map<String, List<Long>> mine = new TreeMap<>();
        user.memberId().ifPresent(member -> {
            for (TrialReport report : trials.reportsOf(trial.id(), member)) {
                mine.put(report.month().toString(), report.channelIds().stream().sorted().toList());
            }
        });
        return TrialView.of(trial, trials.channels(trial.id()), mine);
    }

    private static YearMonth month(String field, String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException | NullPointerException e) {
            throw ProblemException.invalid(field, "must be a month such as 2013-01");
        }
    }
}
