package nl.ketenimpact.practice.internal;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RankingTests {

	record Practice(String name, List<PracticeResult> results) {
		BigDecimal score() {
			return Ranking.score(results);
		}
	}

	static PracticeResult ratio(ResultKind kind, long value, long per) {
		return new PracticeResult(kind, BigDecimal.valueOf(value), BigDecimal.valueOf(per));
	}

	@Test
	void practicesAreOrderedByResultsRelativeToEffortAndUnmeasuredOnesComeLast() {
		Practice hires = new Practice("6 of 8 hired", List.of(ratio(ResultKind.INTERNS_HIRED, 6, 8)));
		Practice mixed = new Practice("3 of 4 and 1 of 2", List.of(ratio(ResultKind.WORK_EXPERIENCE_SUCCESSFUL, 3, 4), ratio(ResultKind.SIGNALS_IN_TIME, 1, 2)));
		Practice perfect = new Practice("7 of 7 in time", List.of(ratio(ResultKind.SIGNALS_IN_TIME, 7, 7)));
		Practice unmeasured = new Practice("only a count", List.of(new PracticeResult(ResultKind.CHILDREN_REACHED, BigDecimal.TEN, null)));
		Practice noEffort = new Practice("no places", List.of(ratio(ResultKind.INTERNS_HIRED, 0, 0)));
		List<Practice> ranked = List.of(unmeasured, hires, noEffort, mixed, perfect).stream().sorted(Ranking.byScore(Practice::score)).toList();
		assertThat(ranked).extracting(Practice::name).startsWith("7 of 7 in time", "6 of 8 hired", "3 of 4 and 1 of 2");
		assertThat(ranked.subList(3, 5)).extracting(Practice::name).containsExactlyInAnyOrder("only a count", "no places");
		assertThat(mixed.score()).isEqualByComparingTo("0.625");
		assertThat(unmeasured.score()).isNull();
	}

	@Test
	void keywordsBecomeSafePrefixQueries() {
		assertThat(PracticeManagement.prefixQuery("Stage  jeugd!")).isEqualTo("stage:* & jeugd:*");
		assertThat(PracticeManagement.prefixQuery("a' | b & !c")).isEqualTo("a:* & b:* & c:*");
		assertThat(PracticeManagement.prefixQuery(" ;; ")).isNull();
		assertThat(PracticeManagement.prefixQuery(null)).isNull();
	}
}
