// Shows the risk score as the questions are answered, as case-service scores it: each yes adds its question's
// weight; a question that makes the risk high does so whatever the score. Without this script the score is shown
// when the answers are submitted.
const form = document.querySelector('form.hcir-risk-form')

if (form) {
  const mediumFrom = Number(form.dataset.mediumFrom)
  const highFrom = Number(form.dataset.highFrom)
  const points = document.getElementById('risk-score-points')
  const level = document.getElementById('risk-score-level')
  const answered = document.querySelector('#risk-score-answered span')
  const labels = { HIGH: 'High risk', MEDIUM: 'Medium risk', STANDARD: 'Standard risk' }
  const tags = { HIGH: 'govuk-tag--red', MEDIUM: 'govuk-tag--orange', STANDARD: 'govuk-tag--grey' }

  const update = () => {
    let score = 0
    let forcedHigh = false
    const checked = form.querySelectorAll('input.hcir-risk-answer:checked')
    checked.forEach((input) => {
      if (input.value === 'YES') {
        score += Number(input.dataset.weight)
        forcedHigh = forcedHigh || input.dataset.makesHigh === 'true'
      }
    })
    const scored = forcedHigh || score >= highFrom ? 'HIGH' : score >= mediumFrom ? 'MEDIUM' : 'STANDARD'
    points.textContent = String(score)
    level.textContent = labels[scored]
    level.classList.remove(...Object.values(tags))
    level.classList.add(tags[scored])
    answered.textContent = String(checked.length)
  }

  form.addEventListener('change', (event) => {
    if (event.target.matches('input.hcir-risk-answer')) {
      update()
    }
  })
  document.body.classList.add('hcir-risk-score-live')
  update()
}
