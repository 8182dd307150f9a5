package org.policytracker.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import org.policytracker.platform.i18n.Messages;
import java.util.ResourceBundle;

/** The language of the pages: Chinese unless the person switches to English (kept for the session). */
@Named
@SessionScoped
public class Language implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Messages.CHINESE;

    public Locale getLocale() {
        return locale;
    }

    public boolean isEnglish() {
        return locale.getLanguage().equals("en");
    }

    public String getCode() {
        return isEnglish() ? "en" : "zh";
    }

    /** Switches between Chinese and English and shows the same page again. */
    public String toggle() {
        locale = isEnglish() ? Messages.CHINESE : Locale.ENGLISH;
        FacesContext ctx = FacesContext.getCurrentInstance();
        ctx.getViewRoot().setLocale(locale);
        return ctx.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    /** A message of the application's bundle (i18n/messages) in the page's language. */
    public String message(String key, Object... args) {
        return Messages.get(locale, key, args);
    }

    /** A text of the pages' bundle (i18n/ui, what pages read as {@code t}) in the page's language, or null when it has none. */
    public String text(String key) {
        ResourceBundle ui = ResourceBundle.getBundle("i18n.ui", locale, Language.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return ui.containsKey(key) ? ui.getString(key) : null;
    }
}
