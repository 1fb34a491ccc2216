package jp.suishin.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import jp.suishin.kpi.Aggregation;
import jp.suishin.kpi.Direction;
import jp.suishin.organisation.LocalGovernmentCode;
import jp.suishin.organisation.OrganizationKind;

/**
 * The national dataset, made deterministically from a seed: prefectures (the first shaped
 * like Hokkaido, its municipalities below subprefectural bureaus), municipalities spread
 * over them, one strategy per prefecture and municipality with {@link Size#kpisPerPlan}
 * KPIs, and {@link Size#years} fiscal years of values per KPI. Values drift from the
 * baseline towards the target with noise, so that every grade occurs; about one in forty
 * is missing. Organisations come parents first.
 */
public record NationalDataset(Size size, List<Org> organisations, List<GeneratedPlan> plans) {

	/** An organisation; {@code code} is the six-digit local government code or null. */
	public record Org(String key, String name, OrganizationKind kind, String code, String parentKey) {
	}

	public record GeneratedPlan(String key, String ownerKey, String name, List<GeneratedKpi> kpis) {
	}

	/**
	 * A KPI and its values.
	 *
	 * @param values by fiscal year from {@link Size#firstYear()}; {@code null} where the
	 * year has no value
	 */
	public record GeneratedKpi(String key, String name, String unit, Direction direction, Aggregation aggregation,
			BigDecimal baseline, int baselineYear, BigDecimal target, int targetYear, BigDecimal[] values) {

		public int valueCount() {
			int count = 0;
			for (BigDecimal value : values) {
				if (value != null) {
					count++;
				}
			}
			return count;
		}

	}

	private static final String[] UNITS = { "人", "件", "%", "団体", "回", "千円", "人/年" };

	public long valueCount() {
		return plans.stream().flatMap(p -> p.kpis().stream()).mapToLong(GeneratedKpi::valueCount).sum();
	}

	public long kpiCount() {
		return plans.stream().mapToLong(p -> p.kpis().size()).sum();
	}

	/** The first prefecture: the one with bureaus and the most municipalities. */
	public Org largestPrefecture() {
		return organisations.get(0);
	}

	public static NationalDataset generate(Size size) {
		SplittableRandom random = new SplittableRandom(size.seed());
		List<Org> organisations = new ArrayList<>();
		List<Org> municipalities = new ArrayList<>();
		int others = size.municipalities() - size.largestPrefecture();
		int perOther = size.prefectures() > 1 ? others / (size.prefectures() - 1) : 0;
		int remainder = size.prefectures() > 1 ? others % (size.prefectures() - 1) : 0;
		for (int p = 1; p <= size.prefectures(); p++) {
			String number = String.format("%02d", p);
			Org prefecture = new Org("bench-pref-" + number, "県" + number, OrganizationKind.PREFECTURE,
					code(number + "000"), null);
			organisations.add(prefecture);
			int count = p == 1 ? size.largestPrefecture() : perOther + (p - 1 <= remainder ? 1 : 0);
			List<Org> bureaus = new ArrayList<>();
			if (p == 1) {
				for (int b = 1; b <= size.bureaus(); b++) {
					Org bureau = new Org(prefecture.key() + "-bureau-" + b, "振興局" + b,
							OrganizationKind.SUBPREFECTURAL_BUREAU, null, prefecture.key());
					organisations.add(bureau);
					bureaus.add(bureau);
				}
			}
			for (int m = 1; m <= count; m++) {
				String parent = bureaus.isEmpty() ? prefecture.key() : bureaus.get((m - 1) % bureaus.size()).key();
				Org municipality = new Org(prefecture.key() + "-m" + m, "市" + number + "-" + m,
						OrganizationKind.MUNICIPALITY, code(number + String.format("%03d", 100 + m)), parent);
				organisations.add(municipality);
				municipalities.add(municipality);
			}
		}
		List<GeneratedPlan> plans = new ArrayList<>();
		for (Org owner : organisations) {
			if (owner.kind() == OrganizationKind.SUBPREFECTURAL_BUREAU) {
				continue;
			}
			List<GeneratedKpi> kpis = new ArrayList<>(size.kpisPerPlan());
			for (int k = 1; k <= size.kpisPerPlan(); k++) {
				kpis.add(kpi(random, size, owner.key() + "-k" + k, "指標" + k));
			}
			plans.add(new GeneratedPlan(owner.key() + "-plan", owner.key(), owner.name() + " 総合戦略", kpis));
		}
		return new NationalDataset(size, List.copyOf(organisations), List.copyOf(plans));
	}

	static GeneratedKpi kpi(SplittableRandom random, Size size, String key, String name) {
		double draw = random.nextDouble();
		Direction direction = draw < 0.7 ? Direction.INCREASE : draw < 0.95 ? Direction.DECREASE : Direction.MAINTAIN;
		double kind = random.nextDouble();
		Aggregation aggregation = kind < 0.8 ? Aggregation.YEARLY
				: kind < 0.9 ? Aggregation.STOCK : Aggregation.AVERAGE;
		int scale = random.nextInt(4) == 0 ? 1 : 0;
		double base = 50 + random.nextDouble() * 5000;
		double change = 0.1 + random.nextDouble() * 0.4;
		double goal = switch (direction) {
			case INCREASE -> base * (1 + change);
			case DECREASE -> base * (1 - change);
			case MAINTAIN -> base;
		};
		BigDecimal[] values = new BigDecimal[size.years()];
		for (int i = 0; i < size.years(); i++) {
			if (random.nextInt(40) == 0) {
				continue;
			}
			double reached = (i + 1.0) / size.years() * (0.2 + random.nextDouble() * 1.3);
			double value = base + (goal - base) * reached + base * (random.nextDouble() - 0.5) * 0.1;
			values[i] = decimal(Math.max(0, value), scale);
		}
		return new GeneratedKpi(key, name, UNITS[random.nextInt(UNITS.length)], direction, aggregation,
				decimal(base, scale), size.firstYear() - 1, decimal(goal, scale), size.lastYear(), values);
	}

	private static BigDecimal decimal(double value, int scale) {
		return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
	}

	/** The five digits with their check digit. */
	private static String code(String fiveDigits) {
		for (int digit = 0; digit <= 9; digit++) {
			if (LocalGovernmentCode.check(fiveDigits + digit).isEmpty()) {
				return fiveDigits + digit;
			}
		}
		throw new IllegalStateException("no check digit for " + fiveDigits);
	}

}
