// The grading page's running total (about 0.5 KB): adds up the points of the rubric levels
// the mentor has chosen. The server computes the same sum when the grade is saved; without
// JavaScript the total simply shows after saving.
const total = document.getElementById('rubric-total');
function update() {
  const criteria = document.querySelectorAll('fieldset.criterion');
  let sum = 0;
  let chosen = 0;
  for (const c of criteria) {
    const level = c.querySelector('input[type=radio]:checked');
    if (level) {
      sum += Number(level.dataset.points || 0);
      chosen += 1;
    }
  }
  if (total) total.textContent = chosen === criteria.length ? String(sum) : `${sum}…`;
}
document.addEventListener('change', (e) => {
  if (e.target.closest('fieldset.criterion')) update();
});
update();
