package org.steppebrief.i18n;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;

/**
 * Resolves Thymeleaf's {@code #{key(args)}} from {@link Messages} in the language of the template
 * context's locale. A key no bundle has renders as {@code ??key??}, which the tests look for.
 */
public final class ThymeleafMessages implements IMessageResolver {
  private final Messages messages;

  public ThymeleafMessages(Messages messages) {
    this.messages = messages;
  }

  @Override
  public String getName() {
    return "steppe-brief-messages";
  }

  @Override
  public Integer getOrder() {
    return 0;
  }

  @Override
  public String resolveMessage(
      ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
    if (!messages.has(key)) {
      return null;
    }
    return messages.get(Language.of(context.getLocale()), key, messageParameters);
  }

  @Override
  public String createAbsentMessageRepresentation(
      ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
    return "??" + key + "??";
  }
}
