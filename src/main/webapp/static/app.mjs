// Starts GOV.UK Frontend's components. The template's usual inline script that marks the body as
// JavaScript-enabled is done here instead: the Content-Security-Policy forbids inline scripts.
import { initAll } from '/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()
