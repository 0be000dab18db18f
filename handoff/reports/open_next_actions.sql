-- Open next actions, oldest first: what has been waiting longest (`handoff done ID` closes one).
SELECT id, text, created_at, age, project, agent
FROM next_actions
WHERE state = 'open'
ORDER BY created_at, note_seq, position
