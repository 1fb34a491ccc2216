package jp.suishin.sampledata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.suishin.activity.PlanningNextActions;
import jp.suishin.activity.RecordingActivities;
import jp.suishin.authoring.AddingKpi;
import jp.suishin.authoring.AddingNode;
import jp.suishin.authoring.AddingProgram;
import jp.suishin.authoring.CreatingPlan;
import jp.suishin.jobs.OncePerSlot;
import jp.suishin.kpi.KpiRepository;
import jp.suishin.kpi.ImportingValues;
import jp.suishin.kpi.SettingMilestone;
import jp.suishin.organisation.OrganisationRepository;
import jp.suishin.plan.PlanRepository;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;

@SpringBootTest(properties = "suishin.sample-data.enabled=false")
class SampleDataLoaderTests {

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	PlanRepository plans;

	@Autowired
	CreatingPlan creatingPlan;

	@Autowired
	AddingNode addingNode;

	@Autowired
	AddingProgram addingProgram;

	@Autowired
	AddingKpi addingKpi;

	@Autowired
	KpiRepository kpis;

	@Autowired
	ImportingValues importing;

	@Autowired
	MessageSource messages;

	@Autowired
	SettingMilestone settingMilestone;

	@Autowired
	OncePerSlot once;

	@Autowired
	RecordingActivities recordingActivities;

	@Autowired
	PlanningNextActions planningActions;

	@Autowired
	SampleEditions sampleEditions;

	@Autowired
	SampleDonations sampleDonations;

	@Autowired
	SampleMeetings sampleMeetings;

	@Test
	void aBadValueInTheSampleData_failsTheWholeLoadNamingFileKpiAndYear() {
		SampleDataLoader loader = new SampleDataLoader(organisations, creatingPlan, addingNode, addingProgram,
				addingKpi, recordingActivities, planningActions, kpis, importing, settingMilestone, messages, once,
				sampleEditions, sampleDonations, sampleMeetings, true, "classpath:bad-sampledata/");
		assertThatThrownBy(() -> loader.run(new DefaultApplicationArguments())).isInstanceOf(SampleDataException.class)
			.hasMessageContaining("a-plan.yaml")
			.hasMessageContaining("broken-kpi")
			.hasMessageContaining("R4")
			.hasMessageContaining("単位「ha」");
		assertThat(organisations.isEmpty()).isTrue();
		assertThat(plans.findAll()).isEmpty();
	}

	@Test
	void aTargetYearBeforeTheBaselineYear_failsTheLoad_asTheKpiPageRefusesIt() {
		SampleDataLoader loader = new SampleDataLoader(organisations, creatingPlan, addingNode, addingProgram,
				addingKpi, recordingActivities, planningActions, kpis, importing, settingMilestone, messages, once,
				sampleEditions, sampleDonations, sampleMeetings, true, "classpath:bad-sampledata-target/");
		assertThatThrownBy(() -> loader.run(new DefaultApplicationArguments())).isInstanceOf(SampleDataException.class)
			.hasMessageContaining("a-plan.yaml")
			.hasMessageContaining("目標年度 R2 は基準年度 R4 より後にしてください");
		assertThat(plans.findAll()).isEmpty();
	}

	@Test
	void anImpossibleActivityDate_failsTheWholeLoad_withTheMessageTheFormShows() {
		SampleDataLoader loader = new SampleDataLoader(organisations, creatingPlan, addingNode, addingProgram,
				addingKpi, recordingActivities, planningActions, kpis, importing, settingMilestone, messages, once,
				sampleEditions, sampleDonations, sampleMeetings, true, "classpath:bad-sampledata-activity/");
		assertThatThrownBy(() -> loader.run(new DefaultApplicationArguments())).isInstanceOf(SampleDataException.class)
			.hasMessageContaining("a-plan.yaml")
			.hasMessageContaining("activities")
			.hasMessageContaining("dates 開催日「令和5年2月30日」は日付として読めません");
		assertThat(plans.findAll()).isEmpty();
	}

	@Test
	void anExampleDonationBeforeTheGuidesPeriod_failsTheWholeLoad_withTheMessageTheFormShows() {
		// issue 14 donation: the guide runs FY2021–FY2025, so 2021-03-31 (FY2020) is
		// outside
		SampleDataLoader loader = new SampleDataLoader(organisations, creatingPlan, addingNode, addingProgram,
				addingKpi, recordingActivities, planningActions, kpis, importing, settingMilestone, messages, once,
				sampleEditions, sampleDonations, sampleMeetings, true, "classpath:bad-sampledata-donation/");
		assertThatThrownBy(() -> loader.run(new DefaultApplicationArguments())).isInstanceOf(SampleDataException.class)
			.hasMessageContaining("a-plan.yaml")
			.hasMessageContaining("examples[2]")
			.hasMessageContaining("receivedOn 受領日 2021-03-31 は寄附の金額の目安の期間（令和3年度～令和7年度：2021-04-01～2026-03-31）の外です。");
		assertThat(plans.findAll()).isEmpty();
	}

}
