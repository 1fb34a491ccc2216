package jp.suishin.system;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page shows times in the installation's zone, the zone of the one {@link Clock}.
 */
@ControllerAdvice
class InstallationZoneAdvice {

	private final Clock clock;

	InstallationZoneAdvice(Clock clock) {
		this.clock = clock;
	}

	@ModelAttribute("zone")
	ZoneId zone() {
		return this.clock.getZone();
	}

}
