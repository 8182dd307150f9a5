package org.policytracker.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Iterator;

/**
 * A form sent with a page state the server no longer knows (the session was renewed, the page sat open for longer than
 * a session lasts): instead of an error, the same page is shown again with what was typed put back and a message
 * ({@link PendingForms}). Named in {@code faces-config.xml}.
 */
public class ExpiredViews extends ExceptionHandlerFactory {

    public ExpiredViews(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            for (Iterator<ExceptionQueuedEvent> it = getUnhandledExceptionQueuedEvents().iterator(); it.hasNext(); ) {
                Throwable t = it.next().getContext().getException();
                while (t instanceof FacesException && !(t instanceof ViewExpiredException) && t.getCause() != null) {
                    t = t.getCause();
                }
                if (t instanceof ViewExpiredException) {
                    FacesContext ctx = FacesContext.getCurrentInstance();
                    try {
                        String again = PendingForms.keep((HttpServletRequest) ctx.getExternalContext().getRequest());
                        ctx.getExternalContext().redirect(again);
                        ctx.responseComplete();
                        it.remove();
                    } catch (IOException e) {
                        throw new FacesException(e);
                    }
                }
            }
            getWrapped().handle();
        }
    }
}
