import { initAll } from '../webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()

// GOV.UK Frontend marks a radio that reveals a follow-up question with aria-expanded, which ARIA does not allow
// on a radio; the revealed question is still announced through aria-controls.
const withoutExpanded = (radio) => radio.removeAttribute('aria-expanded')
document.querySelectorAll('.govuk-radios__input[aria-expanded]').forEach(withoutExpanded)
new MutationObserver((changes) => changes.forEach((change) => {
  if (change.target.hasAttribute('aria-expanded')) {
    withoutExpanded(change.target)
  }
})).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['aria-expanded'] })
