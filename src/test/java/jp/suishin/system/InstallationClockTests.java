package jp.suishin.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.TimeZone;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The one clock runs in the installation's zone, not the JVM's: a server in UTC still
 * says it is 1 April (a new fiscal year, a deadline passed) at 00:30 in Tokyo.
 */
class InstallationClockTests {

	/** 2026-03-31 15:30 UTC is 2026-04-01 00:30 in Tokyo. */
	static final Instant HALF_PAST_MIDNIGHT_IN_TOKYO = Instant.parse("2026-03-31T15:30:00Z");

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(SystemConfiguration.class);

	private TimeZone jvmZone;

	@BeforeEach
	void serverInUtc() {
		this.jvmZone = TimeZone.getDefault();
		TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
	}

	@AfterEach
	void restore() {
		TimeZone.setDefault(this.jvmZone);
	}

	/** The bean's clock, moved to the given instant but keeping its zone. */
	static Clock at(Clock clock, Instant instant) {
		return Clock.offset(clock, Duration.between(clock.instant(), instant));
	}

	@Test
	void onAServerInUtc_todayNearMidnightIsTokyosDay() {
		this.context.run((app) -> {
			Clock clock = app.getBean(Clock.class);
			assertThat(clock.getZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
			LocalDate today = LocalDate.now(at(clock, HALF_PAST_MIDNIGHT_IN_TOKYO));
			assertThat(today).isEqualTo(LocalDate.of(2026, 4, 1));
			LocalDate deadline = LocalDate.of(2026, 3, 31);
			assertThat(today.isAfter(deadline)).as("a deadline of 31 March has passed in Tokyo").isTrue();
		});
	}

	@Test
	void theZoneIsConfigurable() {
		this.context.withPropertyValues("suishin.time-zone=America/Los_Angeles").run((app) -> {
			Clock clock = app.getBean(Clock.class);
			assertThat(clock.getZone()).isEqualTo(ZoneId.of("America/Los_Angeles"));
			assertThat(LocalDate.now(at(clock, HALF_PAST_MIDNIGHT_IN_TOKYO))).isEqualTo(LocalDate.of(2026, 3, 31));
		});
	}

	@Test
	void pagesShowTimesInTheClocksZone() {
		this.context.withPropertyValues("suishin.time-zone=Europe/Paris")
			.withBean(InstallationZoneAdvice.class)
			.run((app) -> assertThat(app.getBean(InstallationZoneAdvice.class).zone())
				.isEqualTo(ZoneId.of("Europe/Paris")));
	}

}
