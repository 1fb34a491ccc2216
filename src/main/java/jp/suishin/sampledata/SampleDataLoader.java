package jp.suishin.sampledata;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;

import jp.suishin.jobs.OncePerSlot;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.ImportingValues;
import jp.suishin.kpi.SettingMilestone;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.activity.PlanningNextActions;
import jp.suishin.activity.RecordingActivities;
import jp.suishin.authoring.AddingKpi;
import jp.suishin.authoring.AddingNode;
import jp.suishin.authoring.AddingProgram;
import jp.suishin.authoring.CreatingPlan;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * On the first start (no organisation stored yet) loads the sample data in one
 * transaction: all of it or none, on one node only when several start at once. Later
 * starts keep what users changed. Switched off with
 * {@code suishin.sample-data.enabled=false}.
 */
@Component
class SampleDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SampleDataLoader.class);

	private final OrganisationRepository organisations;

	private final SampleDataImport dataImport;

	static final String JOB = "sample-data";

	static final String SLOT = "first-start";

	private final OncePerSlot once;

	private final SampleEditions editions;

	/** The example donations (sampledata/donations/*.yaml). */
	private final SampleDonations donations;

	/** The plans' meetings (sampledata/meetings/*.yaml). */
	private final SampleMeetings meetings;

	private final boolean enabled;

	private final String location;

	SampleDataLoader(OrganisationRepository organisations, CreatingPlan creatingPlan, AddingNode addingNode,
			AddingProgram addingProgram, AddingKpi addingKpi, RecordingActivities recordingActivities,
			PlanningNextActions planningActions, KpiRepository kpis, ImportingValues importing,
			SettingMilestone settingMilestone, MessageSource messages, OncePerSlot once, SampleEditions editions,
			SampleDonations donations, SampleMeetings meetings,
			@Value("${suishin.sample-data.enabled:true}") boolean enabled,
			@Value("${suishin.sample-data.location:classpath:sampledata/}") String location) {
		this.organisations = organisations;
		this.dataImport = new SampleDataImport(organisations,
				new SampleDataImport.Authoring(creatingPlan, addingNode, addingProgram, addingKpi),
				new SampleDataImport.Narrative(recordingActivities, planningActions), kpis, importing, settingMilestone,
				messages);
		this.once = once;
		this.editions = editions;
		this.donations = donations;
		this.meetings = meetings;
		this.enabled = enabled;
		this.location = location.endsWith("/") ? location : location + "/";
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!enabled || !organisations.isEmpty()) {
			return;
		}
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		Resource orgs = resolver.getResource(location + "organizations.yaml");
		Resource[] planFiles = resolver.getResources(location + "plans/*.yaml");
		Arrays.sort(planFiles, Comparator.comparing(Resource::getFilename));
		// editions are optional: a location without an editions/ folder publishes none
		Resource[] editionFiles = resolver.getResource(location + "editions/").exists()
				? resolver.getResources(location + "editions/*.yaml") : new Resource[0];
		Arrays.sort(editionFiles, Comparator.comparing(Resource::getFilename));
		// the meetings and the example donations are optional too
		Resource[] meetingFiles = resolver.getResource(location + "meetings/").exists()
				? resolver.getResources(location + "meetings/*.yaml") : new Resource[0];
		Arrays.sort(meetingFiles, Comparator.comparing(Resource::getFilename));
		Resource[] donationFiles = resolver.getResource(location + "donations/").exists()
				? resolver.getResources(location + "donations/*.yaml") : new Resource[0];
		Arrays.sort(donationFiles, Comparator.comparing(Resource::getFilename));
		// Two nodes started at once on an empty database: the one that claims the load
		// loads (in the claim's transaction), the other waits for it and skips.
		boolean loaded = once.run(JOB, SLOT, () -> {
			if (!organisations.isEmpty()) {
				return false;
			}
			dataImport.importOrganisations(read(orgs));
			for (Resource planFile : planFiles) {
				dataImport.importPlan(read(planFile));
			}
			// the example donations (例示), once every plan is there
			for (Resource donationFile : donationFiles) {
				donations.importDonations(read(donationFile));
			}
			// the editions as they were published, once every plan is there
			for (Resource editionFile : editionFiles) {
				editions.importEditions(read(editionFile));
			}
			// the plans' meetings, once every plan is there
			for (Resource meetingFile : meetingFiles) {
				meetings.importMeetings(read(meetingFile));
			}
			return true;
		});
		if (loaded) {
			log.info("Loaded the sample data: organisations and {} plans from {}", planFiles.length, location);
		}
	}

	private static YamlEntry read(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			Map<String, Object> map = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
			return new YamlEntry(resource.getFilename(), "", map);
		}
		catch (IOException ex) {
			throw new SampleDataException(resource.getFilename(), "", "cannot be read: " + ex.getMessage());
		}
	}

}
