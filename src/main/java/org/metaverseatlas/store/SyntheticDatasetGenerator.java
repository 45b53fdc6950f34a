package org.metaverseatlas.store;

import org.metaverseatlas.model.City;
import org.metaverseatlas.model.DatePrecision;
import org.metaverseatlas.model.Gazetteer;
import org.metaverseatlas.model.InitiativeKind;
import org.metaverseatlas.model.OrganizationType;
import org.metaverseatlas.model.ParticipantRole;
import org.metaverseatlas.store.json.DatasetFile;
import org.metaverseatlas.store.json.DatasetFile.InitiativeJson;
import org.metaverseatlas.store.json.DatasetFile.OrganizationJson;
import org.metaverseatlas.store.json.DatasetFile.ParticipantJson;
import org.metaverseatlas.store.json.DatasetFile.PlaceJson;
import org.metaverseatlas.store.json.DatasetFile.SourceJson;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes synthetic datasets for benchmarks and scale tests: initiatives spread over real gazetteer cities (a few
 * hundred, busier ones more often) and the years 2015 to 2030, with every record marked synthetic.
 * The same count and seed always give the same file.
 */
public final class SyntheticDatasetGenerator {
    private static final LocalDate FIRST = LocalDate.of(2015, 1, 1);
    private static final int DAYS = (int) (LocalDate.of(2030, 12, 31).toEpochDay() - FIRST.toEpochDay());

    private final Gazetteer gazetteer;

    public SyntheticDatasetGenerator(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public DatasetFile generate(int count, long seed) {
        Random random = new Random(seed);
        String prefix = "syn-" + Long.toHexString(seed) + "-";
        String sourceId = prefix + "source";
        List<City> all = gazetteer.citiesByName();
        int cityCount = Math.min(all.size(), Math.max(8, Math.min(600, count / 20)));
        List<City> cities = new ArrayList<>(cityCount);
        Random pick = new Random(seed ^ 0x5DEECE66DL);
        while (cities.size() < cityCount) {
            City c = all.get(pick.nextInt(all.size()));
            if (!cities.contains(c)) {
                cities.add(c);
            }
        }
        int organizationCount = Math.max(5, count / 40);
        OrganizationType[] types = OrganizationType.values();
        List<OrganizationJson> organizations = new ArrayList<>(organizationCount);
        for (int k = 0; k < organizationCount; k++) {
            City home = cities.get(random.nextInt(cities.size()));
            organizations.add(new OrganizationJson(prefix + String.format("org-%06d", k),
                    "Synthetic " + home.nameEn() + " body " + k, null, types[random.nextInt(types.length)].name(),
                    home.nameEn(), home.province().code(), "Synthetic organization, for benchmarks only.",
                    List.of(), List.of(sourceId)));
        }
        InitiativeKind[] kinds = InitiativeKind.values();
        ParticipantRole[] roles = {ParticipantRole.ORGANIZER, ParticipantRole.HOST, ParticipantRole.SPONSOR,
                ParticipantRole.MEMBER, ParticipantRole.FOUNDER};
        List<InitiativeJson> initiatives = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            // A skewed pick, so that some cities are busy and many are quiet, as in real data.
            City city = cities.get((int) (cities.size() * Math.pow(random.nextDouble(), 2.2)));
            LocalDate start = FIRST.plusDays(random.nextInt(DAYS));
            int p = random.nextInt(100);
            DatePrecision precision = p < 70 ? DatePrecision.DAY : p < 80 ? DatePrecision.MONTH
                    : p < 90 ? DatePrecision.RANGE : DatePrecision.REPORTED_BY;
            String startText = precision == DatePrecision.MONTH ? YearMonth.from(start).toString() : start.toString();
            String end = precision == DatePrecision.RANGE ? start.plusDays(1 + random.nextInt(20)).toString() : null;
            InitiativeKind kind = kinds[random.nextInt(kinds.length)];
            List<ParticipantJson> participants = new ArrayList<>();
            int n = 1 + random.nextInt(3);
            for (int j = 0; j < n; j++) {
                String org = organizations.get(random.nextInt(organizations.size())).id();
                if (participants.stream().noneMatch(x -> x.organization().equals(org))) {
                    participants.add(new ParticipantJson(org, roles[random.nextInt(roles.length)].name()));
                }
            }
            boolean provinceWide = random.nextInt(20) == 0;
            PlaceJson place = provinceWide
                    ? new PlaceJson(null, null, city.province().code(), "PROVINCE", null)
                    : new PlaceJson(null, city.nameEn(), city.province().code(), "CITY", null);
            initiatives.add(new InitiativeJson(prefix + String.format("%07d", k),
                    "Synthetic " + kind.name().toLowerCase().replace('_', ' ') + " " + k + " in "
                            + (provinceWide ? city.province().nameEn() : city.nameEn()), null,
                    kind.name(), startText, end, precision.name(), place, participants, List.of(),
                    "Synthetic record generated for benchmarks; not a real initiative.", List.of(sourceId), true, null));
        }
        SourceJson source = new SourceJson(sourceId, "Synthetic data (seed " + seed + ")", "Metaverse Atlas generator",
                null, null, null);
        return new DatasetFile(DatasetFile.FORMAT, "synthetic-" + count + "-" + seed,
                "Synthetic dataset for benchmarks and scale tests; no record describes a real initiative.", true,
                List.of(source), organizations, List.of(), initiatives);
    }
}
