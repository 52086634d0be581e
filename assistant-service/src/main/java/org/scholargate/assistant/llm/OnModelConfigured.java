package org.scholargate.assistant.llm;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when {@code assistant.llm.provider} names a provider other than {@code none}.
 */
final class OnModelConfigured extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		LlmProperties.Provider provider = Binder.get(context.getEnvironment())
			.bind("assistant.llm.provider", LlmProperties.Provider.class)
			.orElse(LlmProperties.Provider.NONE);
		return (provider != LlmProperties.Provider.NONE)
				? ConditionOutcome.match("assistant.llm.provider is " + provider)
				: ConditionOutcome.noMatch("assistant.llm.provider is none");
	}

}
