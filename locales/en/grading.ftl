### Exercises in lessons, the mentors' grading queue and gradebooks.

## Exercises inside a lesson

# $number is the exercise's position in the lesson (1, 2, ...)
exercise-title = Exercise { $number }
exercise-kind-single = Choose one answer
exercise-kind-multiple = Choose all that apply
exercise-kind-written = Written answer
exercise-kind-notebook = Notebook
exercise-points = { $points ->
    [one] { $points } point
   *[other] { $points } points
}
# $score and $points are whole numbers
exercise-score = { $score } of { $points ->
    [one] { $points } point
   *[other] { $points } points
}
exercise-choose-one = Choose one answer
exercise-choose-all = Choose every answer that is right
exercise-check = Check my answer
exercise-try-again = Answer again
exercise-result-right = Right! Read why below each option.
exercise-result-wrong = Not quite. Read the explanations below each option and try again.
exercise-option-right = Right answer
exercise-option-wrong = Not this one
exercise-your-answer = Your answer
exercise-submit = Send to my mentor
exercise-resubmit = Send my new version
exercise-sign-in = sign in to answer and keep your work.
exercise-waiting = A mentor will read it soon; you will get an email.
exercise-mentor-grade-wins = Your mentor's grade counts, whatever you answer now.
exercise-rubric = How mentors grade this
exercise-rubric-show = See how mentors grade this
exercise-feedback = Feedback
# $mentor is a name, $when a date and time
exercise-graded-by = { $mentor }, { $when }
exercise-attempts = Your attempts
# $number counts attempts, $when is a date and time
exercise-attempt = Attempt { $number }, { $when }
exercise-notebook-file = Notebook file (.ipynb)
# $max is a size in megabytes
exercise-notebook-hint = Download it from JupyterLab (File › Download). Up to { $max } MB. Or paste a link to it below.
exercise-notebook-link = Or a link to your notebook (on your hub, GitHub or elsewhere)
# $file is a file name
exercise-notebook-download = Download { $file }
notebook-image = Image output of the notebook

## States of a learner's work

work-state-submitted = Waiting for a mentor
work-state-resubmitted = New version waiting
work-state-needs_revision = Revision asked
work-state-accepted = Accepted
work-state-graded = Graded

## Mentors' grading queue

grading-title = Grading
grading-intro = Work your mentees handed in, oldest first. Open one to grade it.
grading-filter-course = Course
grading-filter-exercise = Exercise
grading-filter-state = State
grading-filter-any = Any
grading-filter-submit = Show
grading-filter-state-waiting = Waiting for a mentor
grading-filter-state-submitted = Handed in once
grading-filter-state-resubmitted = New versions
grading-filter-state-needs_revision = Revision asked
grading-filter-state-accepted = Accepted
grading-filter-state-graded = Graded
grading-filter-state-all = All
grading-empty = Nothing here. When your mentees hand in work, it shows up here.
grading-col-learner = Learner
grading-col-exercise = Exercise
grading-col-state = State
grading-col-submitted = Handed in
grading-col-assigned = Assigned to
# $count is a number of attempts
grading-attempts = { $count } attempts
grading-chosen = Chosen
grading-auto-graded = Graded automatically; your grade replaces it.
grading-your-grade = Your grade
grading-conflict-help = Someone graded this work while you had it open: their grade is above. Your feedback is kept in the form; check it and save again if you still want it.
grading-total = Total:
# $points is the most the exercise is worth
grading-score-label = Points (0 to { $points })
grading-feedback = Feedback for the learner
grading-feedback-hint = Markdown: **bold**, *italic*, lists, `code` and links. The learner reads it in the lesson and gets it by email.
grading-decision = Decision
grading-decision-accept = Accept
grading-decision-revise = Ask for a revision
grading-decision-score = Grade with points
grading-save = Save the grade
grading-assign = Who grades this
grading-assign-to = Mentor
grading-assign-anyone = Any mentor of this learner
grading-assign-save = Assign
grading-audit = History of grades
grading-audit-auto = graded automatically
grading-audit-grade = graded
grading-audit-override = replaced the automatic grade
grading-audit-reassign = assigned

## Gradebooks

gradebook-title = Gradebooks
gradebook-csv = Download as CSV
gradebook-empty = No learners yet.
gradebook-total = Total
gradebook-nothing = Nothing handed in
gradebook-csv-name = Name
gradebook-csv-email = Email
gradebook-csv-total = Total

## Messages after an action

notice-answer-checked = Answer checked.
notice-work-submitted = Sent. Your mentor will read it.
notice-grade-saved = Grade saved. The learner gets an email.
notice-grade-assigned = Assignment saved.
nav-grading = Grading

## Errors

error-exercise-choose = Choose at least one answer.
error-exercise-choose-one = Choose exactly one answer.
error-exercise-answer-kind = This answer does not fit this exercise. Reload the page and try again.
error-answer-empty = Write your answer before sending it.
# $max is a number of characters
error-answer-too-long = This is too long: at most { $max } characters.
error-work-waiting = Your last version is waiting for a mentor. You can send a new one when they ask for a revision.
error-work-closed = This exercise is already graded.
error-notebook-missing = Choose a notebook file or paste a link to it.
error-notebook-extension = The file must be a notebook ending in .ipynb.
error-notebook-empty = The file is empty.
# $size and $max are sizes in KB
error-notebook-too-large = The notebook is too large: { $size } MB ({ $size_bytes } bytes); at most { $max } MB ({ $max_bytes } bytes). Clear its outputs (Edit › Clear Outputs of All Cells), save, and try again.
# $line and $column point into the file
error-notebook-json = This is not a valid notebook: its JSON breaks at line { $line }, column { $column }. Download it again from JupyterLab.
error-notebook-not-notebook = This JSON file is not a Jupyter notebook (it has no nbformat and cells).
# $found is the version in the file
error-notebook-version = This notebook uses format version { $found }; only version 4 is accepted. Open it in JupyterLab and save it again.
# $cell is the cell's number, counting from 1
error-notebook-cell = Cell { $cell } of the notebook is damaged (its type or source is missing).
error-notebook-link = Paste a full web address starting with https://.
error-grade-conflict = Someone changed this work while you were grading it. Nothing was saved.
error-grade-decision = Choose a decision: accept, ask for a revision, or grade with points.
error-grade-feedback-needed = Tell the learner what to revise.
# $criterion is the name of a rubric criterion
error-grade-rubric-incomplete = Choose a level for every criterion of the rubric ({ $criterion } has none).
# $max is the most points the exercise is worth
error-grade-score = Give a whole number of points from 0 to { $max }.
error-grade-mentor = Choose a mentor from the list.

## Course mentors (on the course page, for organizers)

course-mentors = Mentors of this course
course-mentors-hint = They grade the written and notebook exercises of everyone in this course.
course-mentors-none = No mentor yet: only mentors of the learners' cohorts grade their work.
# $name is a person's name
course-mentors-remove = Remove { $name }
course-mentors-add = Add as mentor
notice-course-mentors-saved = The course's mentors are saved.
error-exercise-not-enrolled = Enroll in this course to hand in work for its exercises.
notebook-output = Output of the notebook (scrolls sideways)
