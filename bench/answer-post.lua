-- wrk script for bench/web-throughput.sh: POSTs an answer to one question position after another,
-- so that each POST stores a new answer until every position of every attempt has had one.
-- Usage: wrk -t THREADS ... -s bench/answer-post.lua URL -- IDS_FILE QUESTIONS THREADS COOKIE CSRF
-- IDS_FILE holds one attempt id a line, all owned by the learner in COOKIE. Thread t of THREADS
-- takes targets t, t + THREADS, t + 2 THREADS, ...; target k is attempt k / QUESTIONS, question
-- k % QUESTIONS + 1. After the last target it starts again (those POSTs store nothing).

local next_thread = 0

function setup(thread)
  thread:set("first", next_thread)
  next_thread = next_thread + 1
end

function init(args)
  ids = {}
  for line in io.lines(args[1]) do
    ids[#ids + 1] = line
  end
  questions = tonumber(args[2])
  step = tonumber(args[3])
  k = first
  wrk.method = "POST"
  wrk.headers["Cookie"] = args[4]
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
  -- One body answers any question type: the app reads only the fields of the question's type.
  wrk.body = "_csrf=" .. args[5] .. "&choice=0&truth=true&pos-0=1&match-0=0&text=answer&blank-0=answer"
end

function request()
  local target = k % (#ids * questions)
  k = k + step
  local attempt = ids[math.floor(target / questions) + 1]
  return wrk.format(nil, "/quiz/" .. attempt .. "/q/" .. (target % questions + 1))
end
