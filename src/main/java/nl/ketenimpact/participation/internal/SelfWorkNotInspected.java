package nl.ketenimpact.participation.internal;

/** Self-work is paid only after a passed quality inspection (DOMAIN_RULES §3). */
public class SelfWorkNotInspected extends SelfWorkStepRefused {

	SelfWorkNotInspected() {
		super("task.pay.noInspection");
	}
}
