package io.orbitpress.cli;

import io.orbitpress.build.Schedule;
import io.orbitpress.build.SiteBuild;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code orbitpress schedule}: what the clock will publish or take down, and when. */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = {"List the articles that will be published (publishDate or date still to come) or taken down"
                + " (expiryDate) and when, soonest first; writes nothing.",
                "Times are shown in the site's time zone and in UTC, the zone of cron schedules."})
final class ScheduleCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        SiteBuild.Assembled a = new SiteBuild(site.options()).assemble();
        PrintWriter out = spec.commandLine().getOut();
        Schedule schedule = a.schedule();
        ZoneId zone = a.site().config().timeZone();
        out.println("Now: " + Schedule.shown(schedule.now().atZone(zone)));
        if (schedule.upcoming().isEmpty()) {
            out.println("Nothing scheduled: no article waits for its publication time, and none has an expiry date"
                    + " to come.");
        }
        schedule.upcoming().forEach(c -> out.println(c.describe()));
        out.flush();
        return 0;
    }
}
