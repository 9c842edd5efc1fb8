package io.aieducademy;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.metrics.StartupStep;

/**
 * Where start-up spends its time, for whoever is making it shorter: with
 * {@code -Daieducademy.startup-report=N} the application records Spring's start-up steps
 * and, once ready, logs the N longest (each bean's creation includes the beans it needed
 * first). Off by default: recording costs a little time and memory.
 */
final class StartUpReport {

	static final String PROPERTY = "aieducademy.startup-report";

	private static final Log logger = LogFactory.getLog(StartUpReport.class);

	private StartUpReport() {
	}

	static void attachIfAsked(SpringApplication application) {
		String asked = System.getProperty(PROPERTY);
		if (asked == null) {
			return;
		}
		int longest = Integer.parseInt(asked.strip());
		BufferingApplicationStartup startup = new BufferingApplicationStartup(100_000);
		application.setApplicationStartup(startup);
		application.addListeners((ApplicationListener<ApplicationReadyEvent>) (event) -> {
			List<TimelineEvent> events = startup.getBufferedTimeline().getEvents();
			String report = events.stream()
				.sorted(Comparator.comparing(TimelineEvent::getDuration).reversed())
				.limit(longest)
				.map(StartUpReport::line)
				.collect(Collectors.joining("\n"));
			Duration total = event.getTimeTaken();
			logger.info("Start-up took " + (total != null ? total.toMillis() : -1) + " ms; its " + longest
					+ " longest steps of " + events.size() + ":\n" + report);
		});
	}

	private static String line(TimelineEvent event) {
		StartupStep step = event.getStartupStep();
		String tags = StreamSupport.stream(step.getTags().spliterator(), false)
			.map((tag) -> tag.getKey() + "=" + tag.getValue())
			.collect(Collectors.joining(" "));
		return String.format("%7d ms  %s %s", event.getDuration().toMillis(), step.getName(), tags);
	}

}
