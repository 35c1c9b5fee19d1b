// Moves the rebuild's progress bar and figures as the rebuild goes, polling its progress as JSON until it ends.
const page = document.getElementById('rebuild')

function show (progress) {
  const percent = progress.eventsTotal > 0
    ? Math.min(100, Math.floor(progress.eventsDone * 100 / progress.eventsTotal))
    : (progress.status === 'SWAPPED' ? 100 : 0)
  const bar = document.getElementById('rebuild-bar')
  bar.value = percent
  bar.textContent = percent + '%'
  document.getElementById('rebuild-status').textContent = progress.status
  document.getElementById('rebuild-percent').textContent = percent + '% done'
  const shown = {
    eventsDone: progress.eventsDone,
    eventsTotal: progress.eventsTotal < 0 ? 'Counting' : progress.eventsTotal,
    eventsPerSecond: progress.eventsPerSecond,
    secondsLeft: progress.secondsLeft == null ? 'Not known yet' : progress.secondsLeft,
    casesCompared: progress.casesCompared,
    differencesFromLive: progress.differencesFromLive,
    failure: progress.failure == null ? 'None' : progress.failure
  }
  for (const [field, value] of Object.entries(shown)) {
    const cell = page.querySelector('[data-field="' + field + '"]')
    if (cell) {
      cell.textContent = String(value)
    }
  }
  return progress.status === 'RUNNING'
}

async function poll () {
  try {
    const response = await fetch(page.dataset.progressUrl, { headers: { Accept: 'application/json' } })
    if (response.ok && !show(await response.json())) {
      return
    }
  } catch (e) {
    // The link to check again still works; try again shortly.
  }
  setTimeout(poll, 1000)
}

if (page && page.dataset.progressUrl && document.getElementById('rebuild-status').textContent === 'RUNNING') {
  setTimeout(poll, 500)
}
